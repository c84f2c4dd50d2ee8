package dk.traedesten.strategy.web;

import java.util.UUID;

import dk.traedesten.strategy.ElementKind;
import dk.traedesten.strategy.ModelElement;
import dk.traedesten.strategy.Strategies;
import dk.traedesten.strategy.StrategyAdministration;
import dk.traedesten.strategy.StrategyChangeRefusedException;
import dk.traedesten.strategy.StrategyDocument;
import dk.traedesten.strategy.StrategyNotFoundException;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The model's elements: add, change name, kind, description and guiding points (moving and removing: {@link StrategyListController}). */
@Controller
@PreAuthorize(Access.COORDINATOR)
class ElementController {

	static final String SECTION = "elementer";

	private final Strategies strategies;

	private final StrategyAdministration administration;

	ElementController(Strategies strategies, StrategyAdministration administration) {
		this.strategies = strategies;
		this.administration = administration;
	}

	@GetMapping("/strategi/{id}/elementer")
	String list(@PathVariable UUID id, Model model) {
		Sections.document(strategies, id, model);
		return page(ElementForm.empty(), null, model);
	}

	@PostMapping("/strategi/{id}/elementer")
	String add(@PathVariable UUID id, @Valid @ModelAttribute("elementForm") ElementForm form, BindingResult errors,
			Model model) {
		Sections.document(strategies, id, model);
		if (valid(form, errors)) {
			try {
				administration.addElement(id, form.draft());
				return Sections.saved(id, SECTION);
			}
			catch (StrategyChangeRefusedException refused) {
				Sections.reject(refused, errors);
			}
		}
		return page(form, null, model);
	}

	@GetMapping("/strategi/{id}/elementer/{elementId}")
	String editForm(@PathVariable UUID id, @PathVariable UUID elementId, Model model) {
		StrategyDocument document = Sections.document(strategies, id, model);
		return page(ElementForm.of(element(document, elementId)), elementId, model);
	}

	@PostMapping("/strategi/{id}/elementer/{elementId}")
	String edit(@PathVariable UUID id, @PathVariable UUID elementId,
			@Valid @ModelAttribute("elementForm") ElementForm form, BindingResult errors, Model model) {
		element(Sections.document(strategies, id, model), elementId);
		if (valid(form, errors)) {
			try {
				administration.changeElement(id, elementId, form.draft());
				return Sections.saved(id, SECTION);
			}
			catch (StrategyChangeRefusedException refused) {
				Sections.reject(refused, errors);
			}
		}
		return page(form, elementId, model);
	}

	private static boolean valid(ElementForm form, BindingResult errors) {
		if (!errors.hasFieldErrors("guidingPoints") && !form.pointsShortEnough()) {
			errors.rejectValue("guidingPoints", "strategy.element.error.point-too-long");
		}
		return !errors.hasErrors();
	}

	private static ModelElement element(StrategyDocument document, UUID elementId) {
		return document.elements().stream().filter(element -> element.id().equals(elementId)).findFirst()
			.orElseThrow(StrategyNotFoundException::new);
	}

	private static String page(ElementForm form, UUID editing, Model model) {
		model.addAttribute("elementForm", form);
		model.addAttribute("editing", editing);
		model.addAttribute("kinds", ElementKind.values());
		return "strategy/elements";
	}
}
