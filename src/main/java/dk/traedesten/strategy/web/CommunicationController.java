package dk.traedesten.strategy.web;

import java.util.UUID;

import dk.traedesten.strategy.CommunicationItem;
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

/** The communication plan's rows: add and change (moving and removing: {@link StrategyListController}). */
@Controller
@PreAuthorize(Access.COORDINATOR)
class CommunicationController {

	static final String SECTION = "kommunikation";

	private final Strategies strategies;

	private final StrategyAdministration administration;

	CommunicationController(Strategies strategies, StrategyAdministration administration) {
		this.strategies = strategies;
		this.administration = administration;
	}

	@GetMapping("/strategi/{id}/kommunikation")
	String list(@PathVariable UUID id, Model model) {
		Sections.document(strategies, id, model);
		return page(CommunicationForm.empty(), null, model);
	}

	@PostMapping("/strategi/{id}/kommunikation")
	String add(@PathVariable UUID id, @Valid @ModelAttribute("communicationForm") CommunicationForm form, BindingResult errors, Model model) {
		Sections.document(strategies, id, model);
		if (!errors.hasErrors()) {
			try {
				administration.addCommunication(id, form.draft());
				return Sections.saved(id, SECTION);
			}
			catch (StrategyChangeRefusedException refused) {
				Sections.reject(refused, errors);
			}
		}
		return page(form, null, model);
	}

	@GetMapping("/strategi/{id}/kommunikation/{itemId}")
	String editForm(@PathVariable UUID id, @PathVariable UUID itemId, Model model) {
		StrategyDocument document = Sections.document(strategies, id, model);
		return page(CommunicationForm.of(item(document, itemId)), itemId, model);
	}

	@PostMapping("/strategi/{id}/kommunikation/{itemId}")
	String edit(@PathVariable UUID id, @PathVariable UUID itemId, @Valid @ModelAttribute("communicationForm") CommunicationForm form,
			BindingResult errors, Model model) {
		item(Sections.document(strategies, id, model), itemId);
		if (!errors.hasErrors()) {
			try {
				administration.changeCommunication(id, itemId, form.draft());
				return Sections.saved(id, SECTION);
			}
			catch (StrategyChangeRefusedException refused) {
				Sections.reject(refused, errors);
			}
		}
		return page(form, itemId, model);
	}

	private static CommunicationItem item(StrategyDocument document, UUID itemId) {
		return document.communication().stream().filter(item -> item.id().equals(itemId)).findFirst()
			.orElseThrow(StrategyNotFoundException::new);
	}

	private static String page(CommunicationForm form, UUID editing, Model model) {
		model.addAttribute("communicationForm", form);
		model.addAttribute("editing", editing);
		return "strategy/communication";
	}
}
