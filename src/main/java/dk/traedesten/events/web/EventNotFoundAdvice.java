package dk.traedesten.events.web;

import java.io.IOException;

import dk.traedesten.events.EventNotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** An event that does not exist or is not published: the error page's 404. */
@ControllerAdvice(assignableTypes = { EventPageController.class, RegistrationController.class,
		ParticipantController.class, InvoiceController.class, EventPlanningController.class, RunSheetController.class,
		ParticipantListController.class, EventCalendarController.class })
class EventNotFoundAdvice {

	@ExceptionHandler(EventNotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}
}
