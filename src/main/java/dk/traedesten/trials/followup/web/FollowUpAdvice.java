package dk.traedesten.trials.followup.web;

import java.io.IOException;

import dk.traedesten.trials.IllegalTransitionException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A follow-up action the trial's state does not allow (a PDSA cycle on a closed trial, a second submission)
 * answers 409: the page was stale, nothing was written.
 */
@ControllerAdvice(basePackageClasses = FollowUpAdvice.class)
class FollowUpAdvice {

	@ExceptionHandler({ IllegalTransitionException.class, NotOpenException.class })
	void conflict(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_CONFLICT);
	}
}
