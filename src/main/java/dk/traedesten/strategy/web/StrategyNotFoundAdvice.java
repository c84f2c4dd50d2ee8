package dk.traedesten.strategy.web;

import java.io.IOException;

import dk.traedesten.strategy.StrategyNotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A strategy or item that does not exist or belongs to another municipality: the same 404 page, revealing nothing. */
@ControllerAdvice
class StrategyNotFoundAdvice {

	@ExceptionHandler(StrategyNotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}
}
