package dk.traedesten.trials.followup.web;

import java.util.UUID;

import dk.traedesten.trials.TrialState;
import dk.traedesten.trials.followup.AgreementRules;
import dk.traedesten.trials.followup.Agreements;
import dk.traedesten.trials.followup.FollowUpAccess;
import dk.traedesten.trials.followup.FollowUpClock;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agreement: the coordinator makes it with the participants when the trial is selected; afterwards everyone
 * who reads the trial sees it. The coordinator or the participants then start the trial: they know the day the
 * work begins.
 */
@Controller
@PreAuthorize("isAuthenticated() and principal.municipalityCode() != null")
class AgreementController {

	private final FollowUpAccess access;

	private final Agreements agreements;

	private final FollowUpModel page;

	private final FollowUpClock clock;

	AgreementController(FollowUpAccess access, Agreements agreements, FollowUpModel page,
			FollowUpClock clock) {
		this.access = access;
		this.agreements = agreements;
		this.page = page;
		this.clock = clock;
	}

	@GetMapping("/proevehandlinger/{id}/aftale")
	String show(@PathVariable UUID id, Model model) {
		FollowUpAccess.Viewer viewer = access.read(id);
		return view(viewer, AgreementForm.proposal(clock.today()), model);
	}

	@PostMapping("/proevehandlinger/{id}/aftale")
	String make(@PathVariable UUID id, @ModelAttribute("agreement") AgreementForm form, BindingResult errors,
			@RequestParam(required = false) String addRow, Model model) {
		FollowUpAccess.Viewer viewer = access.coordinate(id);
		if (viewer.trial().state() != TrialState.SELECTED) {
			throw new NotOpenException();
		}
		if (addRow != null) {
			form.getPlan().add(new AgreementForm.Row());
			return view(viewer, form, model);
		}
		form.defaultDates();
		if (!errors.hasErrors()) {
			AgreementRules.check(form.toAgreement()).forEach(problem -> errors.rejectValue(problem.field(), problem.code()));
		}
		if (errors.hasErrors()) {
			return view(viewer, form, model);
		}
		agreements.make(viewer.trial(), form.toAgreement(), FollowUpAccess.actor());
		return "redirect:/proevehandlinger/" + id + "/aftale?gemt";
	}

	@PostMapping("/proevehandlinger/{id}/aftale/start")
	String start(@PathVariable UUID id) {
		FollowUpAccess.Viewer viewer = access.read(id);
		if (!viewer.coordinates() && !viewer.works()) {
			throw new AccessDeniedException("Only the coordinator and the participants start a trial");
		}
		agreements.start(viewer.trial(), FollowUpAccess.actor());
		return "redirect:/proevehandlinger/" + id + "/aftale?startet";
	}

	private String view(FollowUpAccess.Viewer viewer, AgreementForm form, Model model) {
		page.add(model, viewer);
		model.addAttribute("existing", agreements.find(viewer.trialId()).orElse(null));
		model.addAttribute("agreement", form);
		model.addAttribute("canMake", viewer.coordinates() && viewer.trial().state() == TrialState.SELECTED);
		model.addAttribute("canStart", (viewer.coordinates() || viewer.works())
				&& viewer.trial().state() == TrialState.AGREEMENT_MADE);
		return "trials/followup/agreement";
	}
}
