package dk.traedesten.trials.web;

import dk.traedesten.trials.TrialNotFoundException;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A trial that does not exist, that belongs to another municipality, or that the user may not see all answer
 * with the same 404 page, so an id reveals nothing.
 */
@ControllerAdvice
class TrialNotFoundAdvice {

	@ExceptionHandler(TrialNotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}
}
