package dk.traedesten.strategy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.committees.ItemLinks;
import dk.traedesten.committees.LinkKind;
import dk.traedesten.strategy.Strategies;
import dk.traedesten.strategy.StrategyDocument;
import dk.traedesten.strategy.StrategyNotFoundException;
import dk.traedesten.strategy.StrategySummary;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The strategy as the municipality's staff read it: the newest approved one, or any other by its id. */
@Controller
@PreAuthorize(Access.MUNICIPAL_USER)
class StrategyPageController {

	private final Strategies strategies;

	private final Clock clock;

	private final ItemLinks itemLinks;

	StrategyPageController(Strategies strategies, Clock clock, ItemLinks itemLinks) {
		this.strategies = strategies;
		this.clock = clock;
		this.itemLinks = itemLinks;
	}

	@GetMapping("/strategi")
	String current(Model model) {
		Optional<StrategySummary> shown = strategies.current().or(() -> strategies.all().stream().findFirst());
		if (shown.isEmpty()) {
			return "strategy/empty";
		}
		return show(shown.get().id(), model);
	}

	@GetMapping("/strategi/{id}")
	String strategy(@PathVariable UUID id, Model model) {
		return show(id, model);
	}

	private String show(UUID id, Model model) {
		StrategyDocument document = strategies.document(id).orElseThrow(StrategyNotFoundException::new);
		model.addAttribute("strategy", document);
		model.addAttribute("others", strategies.all().stream().filter(other -> !other.id().equals(id)).toList());
		model.addAttribute("currentId", strategies.current().map(StrategySummary::id).orElse(null));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("treatedIn", itemLinks.treatedIn(LinkKind.STRATEGY, id));
		return "strategy/strategy";
	}
}
