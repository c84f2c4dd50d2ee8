package dk.traedesten.strategy.web;

import java.util.UUID;

import dk.traedesten.strategy.Milestone;
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

/** The timeline's milestones: add and change (moving and removing: {@link StrategyListController}). */
@Controller
@PreAuthorize(Access.COORDINATOR)
class MilestoneController {

	static final String SECTION = "tidsplan";

	private final Strategies strategies;

	private final StrategyAdministration administration;

	MilestoneController(Strategies strategies, StrategyAdministration administration) {
		this.strategies = strategies;
		this.administration = administration;
	}

	@GetMapping("/strategi/{id}/tidsplan")
	String list(@PathVariable UUID id, Model model) {
		Sections.document(strategies, id, model);
		return page(MilestoneForm.empty(), null, model);
	}

	@PostMapping("/strategi/{id}/tidsplan")
	String add(@PathVariable UUID id, @Valid @ModelAttribute("milestoneForm") MilestoneForm form, BindingResult errors, Model model) {
		Sections.document(strategies, id, model);
		if (valid(form, errors)) {
			try {
				administration.addMilestone(id, form.draft());
				return Sections.saved(id, SECTION);
			}
			catch (StrategyChangeRefusedException refused) {
				Sections.reject(refused, errors);
			}
		}
		return page(form, null, model);
	}

	@GetMapping("/strategi/{id}/tidsplan/{itemId}")
	String editForm(@PathVariable UUID id, @PathVariable UUID itemId, Model model) {
		StrategyDocument document = Sections.document(strategies, id, model);
		return page(MilestoneForm.of(item(document, itemId)), itemId, model);
	}

	@PostMapping("/strategi/{id}/tidsplan/{itemId}")
	String edit(@PathVariable UUID id, @PathVariable UUID itemId, @Valid @ModelAttribute("milestoneForm") MilestoneForm form,
			BindingResult errors, Model model) {
		item(Sections.document(strategies, id, model), itemId);
		if (valid(form, errors)) {
			try {
				administration.changeMilestone(id, itemId, form.draft());
				return Sections.saved(id, SECTION);
			}
			catch (StrategyChangeRefusedException refused) {
				Sections.reject(refused, errors);
			}
		}
		return page(form, itemId, model);
	}

	private static boolean valid(MilestoneForm form, BindingResult errors) {
		if (!errors.hasFieldErrors("startsOn") && !errors.hasFieldErrors("endsOn")
				&& !Milestone.datesInOrder(form.startsOn(), form.endsOn())) {
			errors.rejectValue("endsOn", "strategy.milestone.error.ends-before-start");
		}
		return !errors.hasErrors();
	}

	private static Milestone item(StrategyDocument document, UUID itemId) {
		return document.milestones().stream().filter(item -> item.id().equals(itemId)).findFirst()
			.orElseThrow(StrategyNotFoundException::new);
	}

	private static String page(MilestoneForm form, UUID editing, Model model) {
		model.addAttribute("milestoneForm", form);
		model.addAttribute("editing", editing);
		return "strategy/milestones";
	}
}
