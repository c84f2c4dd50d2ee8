package dk.traedesten.organisation.web;

import java.util.UUID;

import dk.traedesten.organisation.UnitKind;
import dk.traedesten.organisation.internal.AreaRepository;
import dk.traedesten.organisation.internal.UnitRepository;
import dk.traedesten.platform.web.PageOrFragment;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
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
import org.springframework.web.bind.annotation.RequestParam;

/** The municipality's units: list with filters (updated in place with htmx), create and edit. */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PLATFORM_ADMINISTRATOR')")
class UnitController {

	private final UnitRepository units;

	private final AreaRepository areas;

	UnitController(UnitRepository units, AreaRepository areas) {
		this.units = units;
		this.areas = areas;
	}

	@GetMapping("/organisation/enheder")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) UnitKind kind,
			@RequestParam(required = false) UUID area, HtmxRequest htmx, Model model) {
		model.addAttribute("units", units.find(new UnitRepository.Filter(q, kind, area)));
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("area", area);
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("areas", areas.findAll());
		return PageOrFragment.view(htmx, "organisation/units", "results");
	}

	@GetMapping("/organisation/enheder/ny")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String createForm(Model model) {
		return form(UnitForm.empty(), null, model);
	}

	@PostMapping("/organisation/enheder/ny")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String create(@Valid @ModelAttribute("unit") UnitForm form, BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			try {
				UUID id = units.create(CurrentTenant.municipalityCode(), form.name().trim(), form.kind(),
						knownArea(form.areaId()));
				return "redirect:/organisation/enheder/" + id + "?gemt";
			}
			catch (DuplicateKeyException ex) {
				errors.rejectValue("name", "organisation.unit.error.name-taken");
			}
		}
		return form(form, null, model);
	}

	@GetMapping("/organisation/enheder/{id}")
	String show(@PathVariable UUID id, Model model) {
		UnitRepository.Unit unit = units.find(id).orElseThrow(CurrentTenant::notFound);
		return form(new UnitForm(unit.name(), unit.kind(), unit.areaId()), unit, model);
	}

	@PostMapping("/organisation/enheder/{id}")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("unit") UnitForm form, BindingResult errors,
			Model model) {
		UnitRepository.Unit unit = units.find(id).orElseThrow(CurrentTenant::notFound);
		if (!errors.hasErrors()) {
			try {
				units.update(id, form.name().trim(), form.kind(), knownArea(form.areaId()));
				return "redirect:/organisation/enheder/" + id + "?gemt";
			}
			catch (DuplicateKeyException ex) {
				errors.rejectValue("name", "organisation.unit.error.name-taken");
			}
		}
		return form(form, unit, model);
	}

	/** An area id from the form counts only if it is one of the municipality's own areas. */
	private UUID knownArea(UUID areaId) {
		return areaId == null ? null : areas.find(areaId).map(AreaRepository.Area::id).orElse(null);
	}

	private String form(UnitForm form, UnitRepository.Unit existing, Model model) {
		model.addAttribute("unit", form);
		model.addAttribute("existing", existing);
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("areas", areas.findAll());
		return "organisation/unit";
	}
}
