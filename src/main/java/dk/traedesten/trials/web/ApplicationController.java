package dk.traedesten.trials.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dk.traedesten.organisation.UnitKind;
import dk.traedesten.strategy.ModelElement;
import dk.traedesten.trials.ApplicationStep;
import dk.traedesten.trials.ChildVoiceMethod;
import dk.traedesten.trials.EligibilityProblem;
import dk.traedesten.trials.MeasureOutcome;
import dk.traedesten.trials.TrialAccess;
import dk.traedesten.trials.TrialApplication;
import dk.traedesten.trials.TrialApplications;
import dk.traedesten.trials.TrialCall;
import dk.traedesten.trials.TrialCalls;
import dk.traedesten.trials.TrialNotFoundException;
import dk.traedesten.trials.TrialRefusedException;
import dk.traedesten.trials.TrialState;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The application form in steps. Every step saves the draft; "Gem kladde" stays on the step, "Gem og fortsæt"
 * goes on. Only the people on the application edit it, and only while it is a draft. The problems of the last
 * submission, and a CPR number in any free text, are shown next to their fields.
 */
@Controller
@PreAuthorize(TrialGuards.MUNICIPAL)
class ApplicationController {

	private final TrialApplications applications;

	private final TrialCalls calls;

	private final TrialAccess access;

	private final ParticipantsModel participants;

	ApplicationController(TrialApplications applications, TrialCalls calls, TrialAccess access,
			ParticipantsModel participants) {
		this.applications = applications;
		this.calls = calls;
		this.access = access;
		this.participants = participants;
	}

	@GetMapping("/proevehandlinger/ny")
	String newForm(@RequestParam(name = "runde", required = false) UUID callId, Model model) {
		TrialCall call = callId == null ? null : calls.find(callId).orElse(null);
		model.addAttribute("call", call);
		model.addAttribute("open", call != null && call.openOn(calls.today()));
		model.addAttribute("openCalls", calls.open());
		model.addAttribute("title", "");
		return "trials/application/new";
	}

	@PostMapping("/proevehandlinger/ny")
	String create(@RequestParam(name = "runde", required = false) UUID callId,
			@RequestParam(required = false) String title, Model model) {
		if (callId != null && calls.find(callId).isEmpty()) {
			throw new TrialNotFoundException();
		}
		try {
			if (callId == null) {
				throw new TrialRefusedException("runde", "trials.call.unknown");
			}
			UUID id = applications.createDraft(callId, title, TrialGuards.actor());
			return "redirect:/proevehandlinger/" + id + "/ansoegning/" + ApplicationStep.INTERVENTION.slug();
		}
		catch (TrialRefusedException ex) {
			TrialCall call = callId == null ? null : calls.find(callId).orElse(null);
			model.addAttribute("call", call);
			model.addAttribute("open", call != null && call.openOn(calls.today()));
			model.addAttribute("openCalls", calls.open());
			model.addAttribute("title", title);
			model.addAttribute("refusal", ex);
			return "trials/application/new";
		}
	}

	@GetMapping("/proevehandlinger/{id}/ansoegning/{step}")
	String step(@PathVariable UUID id, @PathVariable String step, Model model) {
		TrialApplication application = editable(id);
		ApplicationStep current = ApplicationStep.bySlug(step).orElseThrow(TrialNotFoundException::new);
		ApplicationForm form = ApplicationForm.of(application);
		BindingResult errors = new BeanPropertyBindingResult(form, "form");
		showLastProblems(application, current, errors);
		return page(application, current, form, errors, model);
	}

	@PostMapping("/proevehandlinger/{id}/ansoegning/{step}")
	String save(@PathVariable UUID id, @PathVariable String step, @ModelAttribute("form") ApplicationForm form,
			BindingResult errors, @RequestParam(defaultValue = "save") String action, Model model) {
		TrialApplication application = editable(id);
		ApplicationStep current = ApplicationStep.bySlug(step).orElseThrow(TrialNotFoundException::new);
		if (!errors.hasErrors()) {
			try {
				switch (current) {
					case INTERVENTION -> applications.saveIntervention(id, form.intervention());
					case MODEL -> applications.saveElements(id, form.elementDescriptions());
					case CHILD_PERSPECTIVE -> applications.saveChildPerspective(id, form.childPerspectiveSection());
					case IMPROVEMENT -> applications.saveImprovement(id, form.improvement());
					case RESOURCES -> applications.saveResources(id, form.resources());
					default -> {
					}
				}
				if (action.equals("add-row")) {
					form.padMeasures(true);
					return page(applications.find(id).orElseThrow(), current, form, errors, model);
				}
				String next = action.equals("next") ? current.next().orElse(current).slug() : current.slug();
				return "redirect:/proevehandlinger/" + id + "/ansoegning/" + next + (action.equals("next") ? "" : "?gemt");
			}
			catch (TrialRefusedException ex) {
				reject(errors, ex);
			}
		}
		return page(application, current, form, errors, model);
	}

	private TrialApplication editable(UUID id) {
		TrialGuards.participant(access, id);
		TrialApplication application = applications.find(id).orElseThrow(TrialNotFoundException::new);
		if (application.state() != TrialState.DRAFT) {
			throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.CONFLICT);
		}
		return application;
	}

	/** After an ineligible submission, the problems that still apply stand next to their fields. */
	private void showLastProblems(TrialApplication application, ApplicationStep step, BindingResult errors) {
		if (application.eligibilityProblems().isEmpty()) {
			return;
		}
		List<EligibilityProblem> current = applications.precheck(application.id());
		for (EligibilityProblem problem : application.eligibilityProblems()) {
			if (current.contains(problem) && ApplicationStep.holding(problem.field()).orElse(null) == step
					&& !problem.field().equals("units") && !problem.field().equals("approvals")) {
				errors.rejectValue(problem.field(), "trials.eligibility." + problem.code());
			}
		}
	}

	private static void reject(BindingResult errors, TrialRefusedException ex) {
		String field = ex.field();
		if (field == null) {
			errors.reject(ex.messageKey());
		}
		else {
			errors.rejectValue(field, ex.messageKey());
		}
	}

	private String page(TrialApplication application, ApplicationStep step, ApplicationForm form, BindingResult errors,
			Model model) {
		TrialCall call = calls.find(application.callId()).orElseThrow();
		form.padMeasures(false);
		List<EligibilityProblem> precheck = applications.precheck(application.id());
		model.addAttribute("trial", application);
		model.addAttribute("call", call);
		model.addAttribute("step", step);
		model.addAttribute("steps", ApplicationStep.values());
		model.addAttribute("complete", complete(application, precheck));
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		model.addAttribute("precheck", precheck);
		model.addAttribute("problemLinks", ProblemLink.of(application.id(), precheck));
		List<ModelElement> elements = applications.elementsOf(call);
		model.addAttribute("elements", elements);
		model.addAttribute("unitKinds", UnitKind.values());
		model.addAttribute("methods", ChildVoiceMethod.values());
		model.addAttribute("outcomes", MeasureOutcome.values());
		if (step == ApplicationStep.PARTICIPANTS || step == ApplicationStep.SUBMISSION) {
			participants.addTo(application, model);
		}
		return "trials/application/step";
	}

	/** A step is complete when its required texts are filled in and no eligibility rule fails on it. */
	static Set<ApplicationStep> complete(TrialApplication application, List<EligibilityProblem> precheck) {
		Set<ApplicationStep> complete = EnumSet.allOf(ApplicationStep.class);
		precheck.forEach(problem -> ApplicationStep.holding(problem.field()).ifPresent(complete::remove));
		if (application.problem().isBlank() || application.intervention().isBlank()) {
			complete.remove(ApplicationStep.INTERVENTION);
		}
		if (application.expectedEffect().isBlank() || application.dataCollection().isBlank()) {
			complete.remove(ApplicationStep.RESOURCES);
		}
		if (application.firstCycle().isBlank()) {
			complete.remove(ApplicationStep.IMPROVEMENT);
		}
		if (!precheck.isEmpty()) {
			complete.remove(ApplicationStep.SUBMISSION);
		}
		return complete;
	}
}
