package dk.traedesten.trials.web;

import java.util.Map;

import dk.traedesten.trials.IllegalTransitionException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.HandlerMapping;

/**
 * An action the trial's state no longer allows (a stale form, a second click) answers 409 with the reason in
 * Danish and a way back to the trial, never an error page.
 */
@ControllerAdvice(assignableTypes = { TrialController.class, ApplicationController.class, SelectionController.class })
class TrialErrorAdvice {

	@ExceptionHandler(IllegalTransitionException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String illegal(IllegalTransitionException ex, HttpServletRequest request, Model model) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		model.addAttribute("trialId", variables == null ? null : variables.get("id"));
		model.addAttribute("action", ex.action());
		model.addAttribute("state", ex.from());
		return "trials/conflict";
	}
}
