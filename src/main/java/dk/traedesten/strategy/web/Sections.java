package dk.traedesten.strategy.web;

import java.util.UUID;

import dk.traedesten.strategy.Strategies;
import dk.traedesten.strategy.StrategyChangeRefusedException;
import dk.traedesten.strategy.StrategyDocument;
import dk.traedesten.strategy.StrategyNotFoundException;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What the editing pages of a strategy's lists share: the strategy they belong to, and refusals as field errors. */
final class Sections {

	private Sections() {
	}

	static StrategyDocument document(Strategies strategies, UUID strategyId, Model model) {
		StrategyDocument document = strategies.document(strategyId).orElseThrow(StrategyNotFoundException::new);
		model.addAttribute("strategy", document);
		return document;
	}

	static void reject(StrategyChangeRefusedException refused, BindingResult errors) {
		if (refused.field() == null) {
			errors.reject(refused.messageKey());
		}
		else {
			errors.rejectValue(refused.field(), refused.messageKey());
		}
	}

	static String saved(UUID strategyId, String section) {
		return "redirect:/strategi/" + strategyId + "/" + section + "?gemt";
	}
}
