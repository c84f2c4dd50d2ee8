package dk.traedesten.events.web;

import dk.traedesten.events.EventCatalogue;
import dk.traedesten.events.EventNotFoundException;
import dk.traedesten.events.EventParticipants;
import dk.traedesten.events.PublishedEvent;
import dk.traedesten.events.Schedule;
import dk.traedesten.events.calendar.EventCalendars;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Calendars to subscribe to, with no sign-in (a calendar app cannot sign in): the published event for everyone, and
 * a participant's own day behind the secret token of their link (decision 0014). A wrong token is 404 like an
 * unknown event, so the answer tells nothing about which seats exist.
 */
@Controller
class EventCalendarController {

	private final EventCatalogue catalogue;

	private final EventParticipants participants;

	private final EventCalendars calendars;

	EventCalendarController(EventCatalogue catalogue, EventParticipants participants, EventCalendars calendars) {
		this.catalogue = catalogue;
		this.participants = participants;
		this.calendars = calendars;
	}

	@GetMapping("/arrangementer/{slug}/kalender.ics")
	ResponseEntity<String> event(@PathVariable String slug) {
		PublishedEvent page = catalogue.find(slug).orElseThrow(() -> new EventNotFoundException(slug));
		return ResponseEntity.ok().contentType(EventCalendars.CALENDAR).body(calendars.ofEvent(page));
	}

	@GetMapping("/arrangementer/{slug}/kalender/{token}.ics")
	ResponseEntity<String> participant(@PathVariable String slug, @PathVariable String token) {
		Schedule schedule = participants.byCalendarToken(slug, token)
			.orElseThrow(() -> new EventNotFoundException(slug));
		// The link is a secret: no shared cache keeps the participant's day.
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(EventCalendars.CALENDAR)
			.body(calendars.ofParticipant(schedule));
	}
}
