package dk.traedesten.trials.followup.web;

import java.util.List;
import java.util.UUID;

import dk.traedesten.strategy.ModelElement;
import dk.traedesten.trials.TrialNotFoundException;
import dk.traedesten.trials.followup.FollowUpAccess;
import dk.traedesten.trials.followup.PdsaCycle;
import dk.traedesten.trials.followup.PdsaCycles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * PDSA cycles: everyone who reads the trial sees them; its participants and units' staff write them while it
 * runs and after its status. "Next cycle" starts cycle n + 1 linked to cycle n, with the same objective to adapt.
 */
@Controller
@PreAuthorize("isAuthenticated() and principal.municipalityCode() != null")
class PdsaController {

	private final FollowUpAccess access;

	private final PdsaCycles cycles;

	private final FollowUpModel page;

	PdsaController(FollowUpAccess access, PdsaCycles cycles, FollowUpModel page) {
		this.access = access;
		this.cycles = cycles;
		this.page = page;
	}

	@GetMapping("/proevehandlinger/{id}/pdsa")
	String list(@PathVariable UUID id, Model model) {
		return list(access.read(id), new PdsaForm(), model);
	}

	@PostMapping("/proevehandlinger/{id}/pdsa")
	String create(@PathVariable UUID id, @ModelAttribute("cycle") PdsaForm form, BindingResult errors, Model model) {
		FollowUpAccess.Viewer viewer = writable(id);
		PdsaCycle cycle = form.toCycle(elementIds(viewer));
		if (!validate(cycle, errors)) {
			return list(viewer, form, model);
		}
		UUID cycleId = cycles.add(viewer.trial(), cycle, null);
		return "redirect:/proevehandlinger/" + id + "/pdsa/" + cycleId + "?gemt";
	}

	@GetMapping("/proevehandlinger/{id}/pdsa/{cycleId}")
	String show(@PathVariable UUID id, @PathVariable UUID cycleId, Model model) {
		FollowUpAccess.Viewer viewer = access.read(id);
		PdsaCycle cycle = cycles.find(id, cycleId).orElseThrow(TrialNotFoundException::new);
		return cycle(viewer, cycle, PdsaForm.of(cycle), model);
	}

	@PostMapping("/proevehandlinger/{id}/pdsa/{cycleId}")
	String update(@PathVariable UUID id, @PathVariable UUID cycleId, @ModelAttribute("cycle") PdsaForm form,
			BindingResult errors, Model model) {
		FollowUpAccess.Viewer viewer = writable(id);
		PdsaCycle existing = cycles.find(id, cycleId).orElseThrow(TrialNotFoundException::new);
		PdsaCycle cycle = form.toCycle(elementIds(viewer));
		if (!validate(cycle, errors)) {
			return cycle(viewer, existing, form, model);
		}
		cycles.update(id, cycleId, cycle);
		return "redirect:/proevehandlinger/" + id + "/pdsa/" + cycleId + "?gemt";
	}

	@PostMapping("/proevehandlinger/{id}/pdsa/{cycleId}/naeste")
	String next(@PathVariable UUID id, @PathVariable UUID cycleId) {
		FollowUpAccess.Viewer viewer = writable(id);
		PdsaCycle previous = cycles.find(id, cycleId).orElseThrow(TrialNotFoundException::new);
		PdsaCycle next = new PdsaCycle(null, 0, previous.objective(), "", "", "", "", "", "", "", "", null, "", null,
				previous.elementIds());
		UUID nextId = cycles.add(viewer.trial(), next, previous.id());
		return "redirect:/proevehandlinger/" + id + "/pdsa/" + nextId + "?ny";
	}

	private FollowUpAccess.Viewer writable(UUID id) {
		FollowUpAccess.Viewer viewer = access.work(id);
		if (!viewer.trial().openForWork()) {
			throw new NotOpenException();
		}
		return viewer;
	}

	private static boolean validate(PdsaCycle cycle, BindingResult errors) {
		FollowUpModel.refuseCpr(cycle.texts(), errors);
		if ((cycle.objective() == null || cycle.objective().isBlank()) && !errors.hasFieldErrors("objective")) {
			errors.rejectValue("objective", "trial-followup.pdsa.error.objective-required");
		}
		return !errors.hasErrors();
	}

	private List<UUID> elementIds(FollowUpAccess.Viewer viewer) {
		return page.elements(viewer).stream().map(ModelElement::id).toList();
	}

	private String list(FollowUpAccess.Viewer viewer, PdsaForm form, Model model) {
		page.add(model, viewer);
		model.addAttribute("cycles", cycles.of(viewer.trialId()));
		model.addAttribute("elements", page.elements(viewer));
		model.addAttribute("cycle", form);
		model.addAttribute("canWrite", viewer.works() && viewer.trial().openForWork());
		return "trials/followup/pdsa-list";
	}

	private String cycle(FollowUpAccess.Viewer viewer, PdsaCycle cycle, PdsaForm form, Model model) {
		page.add(model, viewer);
		List<PdsaCycle> all = cycles.of(viewer.trialId());
		model.addAttribute("current", cycle);
		model.addAttribute("previous", all.stream().filter(c -> c.id().equals(cycle.previousCycleId())).findFirst().orElse(null));
		model.addAttribute("following", all.stream().filter(c -> cycle.id().equals(c.previousCycleId())).toList());
		model.addAttribute("elements", page.elements(viewer));
		model.addAttribute("cycle", form);
		model.addAttribute("acts", dk.traedesten.trials.PdsaAct.values());
		model.addAttribute("canWrite", viewer.works() && viewer.trial().openForWork());
		return "trials/followup/pdsa-cycle";
	}
}
