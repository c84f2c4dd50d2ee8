package dk.traedesten.organisation.web;

import java.util.UUID;

import dk.traedesten.organisation.internal.AreaRepository;
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

/** The municipality's areas (områder): list, add and rename. */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PLATFORM_ADMINISTRATOR')")
class AreaController {

	private final AreaRepository areas;

	AreaController(AreaRepository areas) {
		this.areas = areas;
	}

	@GetMapping("/organisation/omraader")
	String list(Model model) {
		return list(new AreaForm(""), model);
	}

	@PostMapping("/organisation/omraader")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String create(@Valid @ModelAttribute("area") AreaForm form, BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			try {
				areas.create(CurrentTenant.municipalityCode(), form.name().trim());
				return "redirect:/organisation/omraader?gemt";
			}
			catch (DuplicateKeyException ex) {
				errors.rejectValue("name", "organisation.area.error.name-taken");
			}
		}
		return list(form, model);
	}

	@GetMapping("/organisation/omraader/{id}")
	String show(@PathVariable UUID id, Model model) {
		AreaRepository.Area area = areas.find(id).orElseThrow(CurrentTenant::notFound);
		model.addAttribute("existing", area);
		model.addAttribute("area", new AreaForm(area.name()));
		return "organisation/area";
	}

	@PostMapping("/organisation/omraader/{id}")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String rename(@PathVariable UUID id, @Valid @ModelAttribute("area") AreaForm form, BindingResult errors,
			Model model) {
		AreaRepository.Area area = areas.find(id).orElseThrow(CurrentTenant::notFound);
		if (!errors.hasErrors()) {
			try {
				areas.rename(id, form.name().trim());
				return "redirect:/organisation/omraader/" + id + "?gemt";
			}
			catch (DuplicateKeyException ex) {
				errors.rejectValue("name", "organisation.area.error.name-taken");
			}
		}
		model.addAttribute("existing", area);
		return "organisation/area";
	}

	private String list(AreaForm form, Model model) {
		model.addAttribute("areas", areas.findAll());
		model.addAttribute("area", form);
		return "organisation/areas";
	}
}
