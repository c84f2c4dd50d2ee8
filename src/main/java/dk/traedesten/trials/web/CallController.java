package dk.traedesten.trials.web;

import java.util.List;
import java.util.UUID;

import dk.traedesten.strategy.StrategySummary;
import dk.traedesten.strategy.Strategies;
import dk.traedesten.trials.TrialApplications;
import dk.traedesten.trials.TrialCall;
import dk.traedesten.trials.TrialCalls;
import dk.traedesten.trials.TrialNotFoundException;
import dk.traedesten.trials.TrialRefusedException;
import jakarta.validation.Valid;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Calls for applications: the list, the announcement for staff, and the coordinator's form. */
@Controller
@PreAuthorize(TrialGuards.MUNICIPAL)
class CallController {

	private final TrialCalls calls;

	private final TrialApplications applications;

	private final Strategies strategies;

	CallController(TrialCalls calls, TrialApplications applications, Strategies strategies) {
		this.calls = calls;
		this.applications = applications;
		this.strategies = strategies;
	}

	@GetMapping("/proevehandlinger/ansoegningsrunder")
	String list(Model model) {
		model.addAttribute("calls", calls.all());
		model.addAttribute("today", calls.today());
		return "trials/calls";
	}

	@GetMapping("/proevehandlinger/ansoegningsrunder/{callId}")
	String announcement(@PathVariable UUID callId, Model model) {
		TrialCall call = calls.find(callId).orElseThrow(TrialNotFoundException::new);
		model.addAttribute("call", call);
		model.addAttribute("open", call.openOn(calls.today()));
		model.addAttribute("closed", call.closedOn(calls.today()));
		model.addAttribute("strategy", strategies.find(call.strategyId()).orElse(null));
		model.addAttribute("elements", applications.elementsOf(call));
		return "trials/call";
	}

	@GetMapping("/proevehandlinger/ansoegningsrunder/ny")
	@PreAuthorize(TrialGuards.COORDINATOR)
	String createForm(Model model) {
		List<StrategySummary> all = strategies.all();
		return form(CallForm.empty(all.isEmpty() ? null : all.get(0).id(), calls.today()), null, model);
	}

	@PostMapping("/proevehandlinger/ansoegningsrunder/ny")
	@PreAuthorize(TrialGuards.COORDINATOR)
	String create(@Valid @ModelAttribute("callForm") CallForm form, BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			try {
				UUID id = calls.create(null, form.details());
				return "redirect:/proevehandlinger/ansoegningsrunder/" + id + "?gemt";
			}
			catch (TrialRefusedException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
			catch (DuplicateKeyException ex) {
				errors.rejectValue("title", "trials.call.error.title-taken");
			}
		}
		return form(form, null, model);
	}

	@GetMapping("/proevehandlinger/ansoegningsrunder/{callId}/rediger")
	@PreAuthorize(TrialGuards.COORDINATOR)
	String editForm(@PathVariable UUID callId, Model model) {
		TrialCall call = calls.find(callId).orElseThrow(TrialNotFoundException::new);
		return form(CallForm.of(call), call, model);
	}

	@PostMapping("/proevehandlinger/ansoegningsrunder/{callId}/rediger")
	@PreAuthorize(TrialGuards.COORDINATOR)
	String edit(@PathVariable UUID callId, @Valid @ModelAttribute("callForm") CallForm form, BindingResult errors,
			Model model) {
		TrialCall call = calls.find(callId).orElseThrow(TrialNotFoundException::new);
		if (!errors.hasErrors()) {
			try {
				calls.update(callId, form.details());
				return "redirect:/proevehandlinger/ansoegningsrunder/" + callId + "?gemt";
			}
			catch (TrialRefusedException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
			catch (DuplicateKeyException ex) {
				errors.rejectValue("title", "trials.call.error.title-taken");
			}
		}
		return form(form, call, model);
	}

	private String form(CallForm form, TrialCall existing, Model model) {
		model.addAttribute("callForm", form);
		model.addAttribute("existing", existing);
		model.addAttribute("strategies", strategies.all());
		return "trials/call-form";
	}
}
