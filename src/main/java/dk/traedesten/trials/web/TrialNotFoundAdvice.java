package dk.traedesten.trials.web;

import dk.traedesten.trials.TrialNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

/**
 * A trial that does not exist, that belongs to another municipality, or that the user may not see all answer
 * with the same 404 page, so an id reveals nothing.
 */
@ControllerAdvice
class TrialNotFoundAdvice {

	@ExceptionHandler(TrialNotFoundException.class)
	void notFound() {
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
