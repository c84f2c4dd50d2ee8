package dk.traedesten.strategy.web;

import java.util.Map;
import java.util.UUID;

import dk.traedesten.strategy.StrategyAdministration;
import dk.traedesten.strategy.StrategyChangeRefusedException;
import dk.traedesten.strategy.StrategyNotFoundException;
import dk.traedesten.strategy.StrategyPart;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moving an item of any of the strategy's lists up or down, and removing it. A refusal (the last bearing element,
 * an element that trials work with) comes back to the list page as a message, after the redirect.
 */
@Controller
@PreAuthorize(Access.COORDINATOR)
class StrategyListController {

	/** The lists by the Danish name in their addresses. */
	static final Map<String, StrategyPart> PARTS = Map.of(ElementController.SECTION, StrategyPart.ELEMENT,
			MilestoneController.SECTION, StrategyPart.MILESTONE, PhaseController.SECTION, StrategyPart.CYCLE_PHASE,
			CommunicationController.SECTION, StrategyPart.COMMUNICATION, OnboardingController.SECTION,
			StrategyPart.ONBOARDING);

	private final StrategyAdministration administration;

	StrategyListController(StrategyAdministration administration) {
		this.administration = administration;
	}

	@PostMapping("/strategi/{id}/{section}/{itemId}/flyt")
	String move(@PathVariable UUID id, @PathVariable String section, @PathVariable UUID itemId,
			@RequestParam(name = "retning", defaultValue = "") String direction) {
		StrategyPart part = part(section);
		if (direction.equals("op") || direction.equals("ned")) {
			administration.move(part, id, itemId, direction.equals("op"));
		}
		return "redirect:/strategi/" + id + "/" + section + "?flyttet";
	}

	@PostMapping("/strategi/{id}/{section}/{itemId}/slet")
	String remove(@PathVariable UUID id, @PathVariable String section, @PathVariable UUID itemId,
			RedirectAttributes redirect) {
		StrategyPart part = part(section);
		String list = "redirect:/strategi/" + id + "/" + section;
		try {
			administration.remove(part, id, itemId);
		}
		catch (StrategyChangeRefusedException refused) {
			redirect.addFlashAttribute("refused", refused.messageKey());
			return list;
		}
		catch (DataIntegrityViolationException inUse) {
			// Only trial_element refers to a strategy's items from outside it: trials that work with the element.
			redirect.addFlashAttribute("refused", "strategy.element.error.in-use");
			return list;
		}
		return list + "?slettet";
	}

	private static StrategyPart part(String section) {
		StrategyPart part = PARTS.get(section);
		if (part == null) {
			throw new StrategyNotFoundException();
		}
		return part;
	}
}
