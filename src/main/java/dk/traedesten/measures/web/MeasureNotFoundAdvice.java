package dk.traedesten.measures.web;

import java.io.IOException;

import dk.traedesten.measures.SeriesNotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A series or indicator that does not exist, is another municipality's or may not be read: the same 404. */
@ControllerAdvice
class MeasureNotFoundAdvice {

	@ExceptionHandler(SeriesNotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}
}
