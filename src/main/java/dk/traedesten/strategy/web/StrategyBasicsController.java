package dk.traedesten.strategy.web;

import java.util.List;
import java.util.UUID;

import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.strategy.KvintetTemplate;
import dk.traedesten.strategy.Strategies;
import dk.traedesten.strategy.StrategyAdministration;
import dk.traedesten.strategy.StrategyChangeRefusedException;
import dk.traedesten.strategy.StrategyDocument;
import dk.traedesten.strategy.web.StrategyForm.StartingModel;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Creating a strategy (blank or from the kvintet model) and changing its title, approval, vision, goals and model name. */
@Controller
@PreAuthorize(Access.COORDINATOR)
class StrategyBasicsController {

	private final Strategies strategies;

	private final StrategyAdministration administration;

	StrategyBasicsController(Strategies strategies, StrategyAdministration administration) {
		this.strategies = strategies;
		this.administration = administration;
	}

	@GetMapping("/strategi/ny")
	String createForm(@RequestParam(name = "skabelon", required = false) String template, Model model) {
		StartingModel start = "kvintet".equals(template) ? StartingModel.KVINTET : StartingModel.BLANK;
		model.addAttribute("strategyForm", StrategyForm.empty(start));
		return "strategy/basics";
	}

	@PostMapping("/strategi/ny")
	String create(@Valid @ModelAttribute("strategyForm") StrategyForm form, BindingResult errors) {
		if (form.start() == null) {
			errors.rejectValue("start", "strategy.error.start-required");
		}
		if (!errors.hasErrors()) {
			try {
				UUID id = administration.create(municipalityCode(), form.basics(),
						form.start() == StartingModel.KVINTET ? KvintetTemplate.ELEMENTS : List.of());
				return "redirect:/strategi/" + id + "?gemt";
			}
			catch (StrategyChangeRefusedException refused) {
				Sections.reject(refused, errors);
			}
		}
		return "strategy/basics";
	}

	@GetMapping("/strategi/{id}/rediger")
	String editForm(@PathVariable UUID id, Model model) {
		StrategyDocument document = Sections.document(strategies, id, model);
		model.addAttribute("strategyForm", StrategyForm.of(document.basics()));
		return "strategy/basics";
	}

	@PostMapping("/strategi/{id}/rediger")
	String edit(@PathVariable UUID id, @Valid @ModelAttribute("strategyForm") StrategyForm form, BindingResult errors,
			Model model) {
		Sections.document(strategies, id, model);
		if (!errors.hasErrors()) {
			try {
				administration.change(id, form.basics());
				return "redirect:/strategi/" + id + "?gemt";
			}
			catch (StrategyChangeRefusedException refused) {
				Sections.reject(refused, errors);
			}
		}
		return "strategy/basics";
	}

	private static int municipalityCode() {
		Integer code = TenantScope.current().municipalityCode();
		if (code == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return code;
	}
}
