package dk.traedesten.organisation.web;

import java.time.Year;

import dk.traedesten.organisation.internal.MunicipalityRepository;
import dk.traedesten.organisation.internal.PopulationRepository;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The 98 municipalities: everyone with an admin role reads them; platform administrators keep them current. */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PLATFORM_ADMINISTRATOR')")
class MunicipalityController {

	private final MunicipalityRepository municipalities;

	private final PopulationRepository populations;

	MunicipalityController(MunicipalityRepository municipalities, PopulationRepository populations) {
		this.municipalities = municipalities;
		this.populations = populations;
	}

	@GetMapping("/organisation/kommuner")
	String list(Model model) {
		model.addAttribute("municipalities", municipalities.findAll());
		return "organisation/municipalities";
	}

	@GetMapping("/organisation/kommuner/{code}")
	String show(@PathVariable int code, Model model) {
		return page(code, new PopulationForm(Year.now().getValue(), null, "Danmarks Statistik, FOLK1A"), model);
	}

	@PostMapping("/organisation/kommuner/{code}/folketal")
	@PreAuthorize("hasRole('PLATFORM_ADMINISTRATOR')")
	String savePopulation(@PathVariable int code, @Valid @ModelAttribute("population") PopulationForm form,
			BindingResult errors, Model model) {
		municipalities.find(code).orElseThrow(CurrentTenant::notFound);
		if (errors.hasErrors()) {
			return page(code, form, model);
		}
		populations.save(new PopulationRepository.Figure(code, form.year(), form.population(), form.source().trim()));
		return "redirect:/organisation/kommuner/" + code + "?gemt";
	}

	@PostMapping("/organisation/kommuner/{code}/oe-kommune")
	@PreAuthorize("hasRole('PLATFORM_ADMINISTRATOR')")
	String setIsland(@PathVariable int code, @RequestParam(defaultValue = "false") boolean island) {
		municipalities.find(code).orElseThrow(CurrentTenant::notFound);
		municipalities.updateIsland(code, island);
		return "redirect:/organisation/kommuner/" + code + "?gemt";
	}

	private String page(int code, PopulationForm form, Model model) {
		model.addAttribute("row", municipalities.find(code).orElseThrow(CurrentTenant::notFound));
		model.addAttribute("history", populations.history(code));
		model.addAttribute("population", form);
		return "organisation/municipality";
	}
}
