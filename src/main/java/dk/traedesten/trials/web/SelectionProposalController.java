package dk.traedesten.trials.web;

import java.util.UUID;

import dk.traedesten.trials.SelectionAgenda;
import dk.traedesten.trials.TrialCall;
import dk.traedesten.trials.TrialCalls;
import dk.traedesten.trials.TrialNotFoundException;
import dk.traedesten.trials.TrialSelection;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coordinator puts a call's selection before a committee: a draft item on a chosen upcoming meeting with the
 * selected trials and the recommendation (decision 0017). A missing choice shows the selection page again with the
 * error at its field.
 */
@Controller
@PreAuthorize(TrialGuards.COORDINATOR)
class SelectionProposalController {

	static final int RECOMMENDATION_MAX = 4000;

	private final TrialCalls calls;

	private final TrialSelection selection;

	private final SelectionProposal proposal;

	private final SelectionAgenda agenda;

	SelectionProposalController(TrialCalls calls, TrialSelection selection, SelectionProposal proposal,
			SelectionAgenda agenda) {
		this.calls = calls;
		this.selection = selection;
		this.proposal = proposal;
		this.agenda = agenda;
	}

	@PostMapping("/proevehandlinger/ansoegningsrunder/{callId}/udvalgspunkt")
	String propose(@PathVariable UUID callId, @RequestParam(required = false) UUID meeting,
			@RequestParam(defaultValue = "") String recommendation, Model model) {
		TrialCall call = calls.find(callId).orElseThrow(TrialNotFoundException::new);
		String error = null;
		if (agenda.selected(callId).isEmpty()) {
			error = "none-selected";
		}
		else if (meeting == null || agenda.upcomingMeetings().stream().noneMatch(m -> m.id().equals(meeting))) {
			error = "meeting";
		}
		else if (recommendation.isBlank() || recommendation.strip().length() > RECOMMENDATION_MAX) {
			error = "recommendation";
		}
		if (error == null) {
			agenda.propose(call, meeting, recommendation);
			return "redirect:/proevehandlinger/ansoegningsrunder/" + callId + "/udvaelgelse?forelagt#proposal";
		}
		model.addAttribute("call", call);
		model.addAttribute("tally", selection.tally(callId));
		model.addAttribute("candidates", selection.candidates(callId));
		proposal.addTo(model, call, recommendation, error);
		return "trials/selection";
	}
}
