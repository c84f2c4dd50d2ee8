package dk.traedesten.events.web;

import java.util.Set;

import dk.traedesten.events.ChoiceGroup;
import dk.traedesten.events.ChoiceProblem;

import org.springframework.validation.Errors;

/** A refused choice as field errors on the choice's items. */
final class ChoiceErrors {

	private ChoiceErrors() {
	}

	static void reject(Set<ChoiceProblem> problems, ChoiceGroup group, Errors errors) {
		for (ChoiceProblem problem : problems) {
			errors.rejectValue("items", "events.choice.error." + problem,
					new Object[] { group.minChoices(), group.maxChoices(), group.name() }, null);
		}
	}
}
