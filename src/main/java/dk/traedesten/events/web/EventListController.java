package dk.traedesten.events.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import dk.traedesten.events.Event;
import dk.traedesten.events.EventCatalogue;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every published event, coming ones first in the order they come, then past ones newest first: the way in to
 * invitations, registration and (for organisers) the organiser's pages. Public, like the invitations themselves
 * (decision 0009); an event still running counts as coming.
 */
@Controller
class EventListController {

	private final EventCatalogue catalogue;

	private final Clock clock;

	EventListController(EventCatalogue catalogue, Clock clock) {
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@GetMapping("/arrangementer")
	String events(Model model) {
		Instant now = clock.instant();
		List<Event> all = catalogue.published();
		model.addAttribute("coming", all.stream()
			.filter(event -> !event.endsAt().isBefore(now))
			.sorted(Comparator.comparing(Event::startsAt))
			.toList());
		model.addAttribute("past", all.stream().filter(event -> event.endsAt().isBefore(now)).toList());
		// Row-level security shows drafts to their organiser's people only, so for everyone else this is empty.
		model.addAttribute("drafts", catalogue.drafts());
		return "events/list";
	}
}
