package dk.traedesten.trials.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dk.traedesten.committees.ItemLinks;
import dk.traedesten.committees.LinkKind;
import dk.traedesten.identity.SignedInUser;
import dk.traedesten.trials.ApplicationStep;
import dk.traedesten.trials.TrialAccess;
import dk.traedesten.trials.TrialApplication;
import dk.traedesten.trials.TrialApplications;
import dk.traedesten.trials.TrialCall;
import dk.traedesten.trials.TrialCalls;
import dk.traedesten.trials.TrialNotFoundException;
import dk.traedesten.trials.TrialRefusedException;
import dk.traedesten.trials.TrialRole;
import dk.traedesten.trials.TrialState;
import dk.traedesten.trials.TrialTransitions;
import dk.traedesten.trials.internal.TrialPeopleQuery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trial page (summary, state, timeline and the actions the user may take now) and the actions on a draft:
 * units and people, confirming a unit's part, leaders' approvals, submitting and reopening.
 */
@Controller
@PreAuthorize(TrialGuards.MUNICIPAL)
class TrialController {

	private static final String PARTICIPANTS_STEP = "/ansoegning/" + ApplicationStep.PARTICIPANTS.slug();

	private final TrialApplications applications;

	private final TrialCalls calls;

	private final TrialTransitions transitions;

	private final TrialAccess access;

	private final TrialPeopleQuery people;

	private final ItemLinks itemLinks;

	TrialController(TrialApplications applications, TrialCalls calls, TrialTransitions transitions,
			TrialAccess access, TrialPeopleQuery people, ItemLinks itemLinks) {
		this.itemLinks = itemLinks;
		this.applications = applications;
		this.calls = calls;
		this.transitions = transitions;
		this.access = access;
		this.people = people;
	}

	@GetMapping("/proevehandlinger/{id}")
	String show(@PathVariable UUID id, Model model) {
		TrialGuards.readable(access, id);
		TrialApplication trial = applications.find(id).orElseThrow(TrialNotFoundException::new);
		Set<TrialRole> roles = access.rolesIn(id);
		SignedInUser user = TrialAccess.signedInUser();
		boolean draft = trial.state() == TrialState.DRAFT;
		boolean participant = roles.contains(TrialRole.PARTICIPANT);
		TrialCall call = calls.find(trial.callId()).orElseThrow();
		boolean canEdit = participant && draft;
		boolean canReopen = participant && trial.state() == TrialState.INELIGIBLE;
		boolean coordinates = roles.contains(TrialRole.COORDINATOR);
		List<TrialApplication.Unit> confirmable = draft ? trial.units()
			.stream()
			.filter(unit -> !unit.confirmed() && people.worksIn(user.personId(), unit.unitId()))
			.toList() : List.of();
		List<TrialApplication.Unit> approvable = draft ? trial.units()
			.stream()
			.filter(unit -> !unit.approved() && people.holds(user.personId(), unit.unitId(), "UNIT_LEADER"))
			.toList() : List.of();
		model.addAttribute("trial", trial);
		model.addAttribute("call", call);
		model.addAttribute("elements", applications.elementsOf(call));
		model.addAttribute("timeline", transitions.timeline(id));
		model.addAttribute("treatedIn", itemLinks.treatedIn(LinkKind.TRIAL, id));
		model.addAttribute("roles", roles);
		model.addAttribute("canEdit", canEdit);
		model.addAttribute("canReopen", canReopen);
		model.addAttribute("confirmable", confirmable);
		model.addAttribute("approvable", approvable);
		model.addAttribute("problemLinks",
				ProblemLink.of(id, draft ? applications.precheck(id) : trial.eligibilityProblems()));
		model.addAttribute("coordinates", coordinates);
		model.addAttribute("hasActions",
				canEdit || canReopen || coordinates || !confirmable.isEmpty() || !approvable.isEmpty());
		return "trials/trial";
	}

	@PostMapping("/proevehandlinger/{id}/enheder")
	String addUnit(@PathVariable UUID id, @RequestParam(required = false) UUID unitId,
			@RequestParam(defaultValue = "") String contribution, RedirectAttributes redirect) {
		TrialGuards.participant(access, id);
		return attempt(id, PARTICIPANTS_STEP, redirect, () -> {
			if (unitId == null) {
				throw new TrialRefusedException("unitId", "trials.units.error.choose");
			}
			applications.addUnit(id, unitId, contribution);
		}, "enhed-tilfoejet");
	}

	@PostMapping("/proevehandlinger/{id}/enheder/{unitId}/fjern")
	String removeUnit(@PathVariable UUID id, @PathVariable UUID unitId, RedirectAttributes redirect) {
		TrialGuards.participant(access, id);
		return attempt(id, PARTICIPANTS_STEP, redirect, () -> applications.removeUnit(id, unitId), "gemt");
	}

	@PostMapping("/proevehandlinger/{id}/deltagere")
	String addParticipant(@PathVariable UUID id, @RequestParam(required = false) UUID personId,
			@RequestParam(defaultValue = "") String role, RedirectAttributes redirect) {
		TrialGuards.participant(access, id);
		return attempt(id, PARTICIPANTS_STEP, redirect, () -> {
			if (personId == null) {
				throw new TrialRefusedException("personId", "trials.participants.error.choose");
			}
			applications.addParticipant(id, personId, role);
		}, "gemt");
	}

	@PostMapping("/proevehandlinger/{id}/deltagere/{personId}/fjern")
	String removeParticipant(@PathVariable UUID id, @PathVariable UUID personId, RedirectAttributes redirect) {
		TrialGuards.participant(access, id);
		return attempt(id, PARTICIPANTS_STEP, redirect, () -> applications.removeParticipant(id, personId), "gemt");
	}

	@PostMapping("/proevehandlinger/{id}/enheder/{unitId}/bekraeft")
	String confirm(@PathVariable UUID id, @PathVariable UUID unitId, RedirectAttributes redirect) {
		TrialGuards.readable(access, id);
		return attempt(id, "", redirect, () -> applications.confirm(id, unitId, TrialGuards.actor()), "bekraeftet");
	}

	@PostMapping("/proevehandlinger/{id}/enheder/{unitId}/godkend")
	@PreAuthorize("hasRole('UNIT_LEADER')")
	String approve(@PathVariable UUID id, @PathVariable UUID unitId, RedirectAttributes redirect) {
		TrialGuards.readable(access, id);
		return attempt(id, "", redirect, () -> applications.approve(id, unitId, TrialGuards.actor()), "godkendt");
	}

	@PostMapping("/proevehandlinger/{id}/godkendelser")
	String requestApprovals(@PathVariable UUID id, RedirectAttributes redirect) {
		TrialGuards.participant(access, id);
		return attempt(id, "", redirect, () -> applications.requestApprovals(id), "godkendelse-anmodet");
	}

	@PostMapping("/proevehandlinger/{id}/indsend")
	String submit(@PathVariable UUID id, RedirectAttributes redirect) {
		TrialGuards.participant(access, id);
		return attempt(id, "", redirect, () -> applications.submit(id, TrialGuards.actor()), "indsendt");
	}

	@PostMapping("/proevehandlinger/{id}/genaabn")
	String reopen(@PathVariable UUID id, RedirectAttributes redirect) {
		TrialGuards.participant(access, id);
		return attempt(id, "", redirect, () -> applications.reopen(id, TrialGuards.actor()), "genaabnet");
	}

	/** Runs the action and goes back to the page with its outcome; a refusal is shown there in Danish. */
	private static String attempt(UUID id, String page, RedirectAttributes redirect, Runnable action, String done) {
		try {
			action.run();
			return "redirect:/proevehandlinger/" + id + page + "?" + done;
		}
		catch (TrialRefusedException ex) {
			redirect.addFlashAttribute("refusal", ex.messageKey());
			redirect.addFlashAttribute("refusalField", ex.field());
			return "redirect:/proevehandlinger/" + id + page;
		}
	}
}
