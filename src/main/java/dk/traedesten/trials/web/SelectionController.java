package dk.traedesten.trials.web;

import java.util.UUID;

import dk.traedesten.trials.TrialAccess;
import dk.traedesten.trials.TrialAction;
import dk.traedesten.trials.TrialApplication;
import dk.traedesten.trials.TrialApplications;
import dk.traedesten.trials.TrialCall;
import dk.traedesten.trials.TrialCalls;
import dk.traedesten.trials.TrialNotFoundException;
import dk.traedesten.trials.TrialRefusedException;
import dk.traedesten.trials.TrialSelection;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The coordinator's selection of a call: eligible applications to review, each selected or not with a reason. */
@Controller
@PreAuthorize(TrialGuards.COORDINATOR)
class SelectionController {

	private final TrialSelection selection;

	private final TrialCalls calls;

	private final TrialApplications applications;

	private final TrialAccess access;

	private final SelectionProposal proposal;

	SelectionController(TrialSelection selection, TrialCalls calls, TrialApplications applications, TrialAccess access,
			SelectionProposal proposal) {
		this.proposal = proposal;
		this.selection = selection;
		this.calls = calls;
		this.applications = applications;
		this.access = access;
	}

	@GetMapping("/proevehandlinger/ansoegningsrunder/{callId}/udvaelgelse")
	String page(@PathVariable UUID callId, Model model) {
		TrialCall call = calls.find(callId).orElseThrow(TrialNotFoundException::new);
		return page(call, null, null, null, model);
	}

	@PostMapping("/proevehandlinger/{id}/vurdering")
	String startReview(@PathVariable UUID id) {
		TrialApplication trial = coordinated(id);
		selection.startReview(id, TrialGuards.actor());
		return "redirect:/proevehandlinger/ansoegningsrunder/" + trial.callId() + "/udvaelgelse?til-vurdering#trial-" + id;
	}

	@PostMapping("/proevehandlinger/{id}/udvaelgelse")
	String decide(@PathVariable UUID id, @RequestParam(required = false) TrialAction decision,
			@RequestParam(defaultValue = "") String reason, Model model) {
		TrialApplication trial = coordinated(id);
		try {
			if (decision == TrialAction.SELECT) {
				selection.select(id, TrialGuards.actor(), reason);
			}
			else if (decision == TrialAction.NOT_SELECT) {
				selection.notSelect(id, TrialGuards.actor(), reason);
			}
			else if (decision == TrialAction.RECONSIDER) {
				selection.reconsider(id, TrialGuards.actor(), reason);
			}
			else {
				throw new TrialRefusedException("decision", "trials.selection.error.decision");
			}
			return "redirect:/proevehandlinger/ansoegningsrunder/" + trial.callId() + "/udvaelgelse?besluttet#trial-" + id;
		}
		catch (TrialRefusedException ex) {
			return page(calls.find(trial.callId()).orElseThrow(), id, ex, reason, model);
		}
	}

	private TrialApplication coordinated(UUID id) {
		if (!access.coordinates(id)) {
			throw new TrialNotFoundException();
		}
		return applications.find(id).orElseThrow(TrialNotFoundException::new);
	}

	private String page(TrialCall call, UUID failedTrial, TrialRefusedException refusal, String reason, Model model) {
		model.addAttribute("call", call);
		model.addAttribute("tally", selection.tally(call.id()));
		model.addAttribute("candidates", selection.candidates(call.id()));
		model.addAttribute("failedTrial", failedTrial);
		model.addAttribute("refusal", refusal);
		model.addAttribute("reason", reason);
		proposal.addTo(model, call, null, null);
		if (refusal != null && failedTrial == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return "trials/selection";
	}
}
