package dk.traedesten.partnerships.web;

import java.io.IOException;

import dk.traedesten.partnerships.PartnershipNotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A partnership, membership or person the caller cannot see: the error page's 404, as for one that does not exist. */
@ControllerAdvice(assignableTypes = { MembershipController.class, CallbackQueueController.class })
class PartnershipNotFoundAdvice {

	@ExceptionHandler(PartnershipNotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}
}
