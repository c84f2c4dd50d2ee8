package dk.traedesten.committees.web;

import java.io.IOException;

import dk.traedesten.committees.CommitteeNotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Something unpublished, another municipality's or absent: the same 404, which reveals nothing. */
@ControllerAdvice(basePackageClasses = CommitteeErrorAdvice.class)
class CommitteeErrorAdvice {

	@ExceptionHandler(CommitteeNotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}
}
