package dk.traedesten.trials.web;

import dk.traedesten.trials.SelectionAgenda;
import dk.traedesten.trials.TrialCall;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The selection page's form for putting the selection before a committee (decision 0017). */
@Component
class SelectionProposal {

	private final SelectionAgenda agenda;

	SelectionProposal(SelectionAgenda agenda) {
		this.agenda = agenda;
	}

	/** The form's choices, and the recommendation written so far (the default when none). */
	void addTo(Model model, TrialCall call, String recommendation, String error) {
		model.addAttribute("proposalMeetings", agenda.upcomingMeetings());
		model.addAttribute("proposalSelected", agenda.selected(call.id()));
		model.addAttribute("proposalRecommendation", recommendation == null ? agenda.defaultRecommendation() : recommendation);
		model.addAttribute("proposalError", error);
	}
}
