package dk.traedesten.trials.web;

import java.util.List;
import java.util.UUID;

import dk.traedesten.trials.ApplicationStep;
import dk.traedesten.trials.EligibilityProblem;

/** An eligibility problem as a link to the field on the form step where it is fixed. */
record ProblemLink(String code, String href) {

	static List<ProblemLink> of(UUID trialId, List<EligibilityProblem> problems) {
		return problems.stream()
			.map(problem -> new ProblemLink(problem.code(), "/proevehandlinger/" + trialId + "/ansoegning/"
					+ ApplicationStep.holding(problem.field()).orElse(ApplicationStep.SUBMISSION).slug() + "#"
					+ anchor(problem.field())))
			.toList();
	}

	/** The id of the field's input on its step; an element's text area is {@code element-<id>}. */
	static String anchor(String field) {
		return field.startsWith("elements[") ? "element-" + field.substring(9, field.length() - 1) : field;
	}
}
