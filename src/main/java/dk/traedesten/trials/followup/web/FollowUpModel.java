package dk.traedesten.trials.followup.web;

import java.util.List;
import java.util.Map;

import dk.traedesten.trials.followup.FreeTextRules;
import dk.traedesten.trials.followup.FollowUpAccess;
import dk.traedesten.strategy.ModelElement;
import dk.traedesten.strategy.Strategies;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What every follow-up page shows: the trial (for the heading and breadcrumbs) and its model elements. */
@Component
class FollowUpModel {

	private final Strategies strategies;

	FollowUpModel(Strategies strategies) {
		this.strategies = strategies;
	}

	void add(Model model, FollowUpAccess.Viewer viewer) {
		model.addAttribute("viewer", viewer);
		model.addAttribute("trial", viewer.trial());
	}

	List<ModelElement> elements(FollowUpAccess.Viewer viewer) {
		return strategies.elements(viewer.trial().strategyId());
	}

	/** Puts the Danish CPR error on each field whose text holds one; the text itself is never logged or kept. */
	static void refuseCpr(Map<String, String> texts, BindingResult errors) {
		FreeTextRules.fieldsWithCpr(texts).forEach(field -> errors.rejectValue(field, FreeTextRules.CPR_REFUSED));
	}
}
