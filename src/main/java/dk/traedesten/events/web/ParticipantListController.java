package dk.traedesten.events.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.traedesten.events.EventNotFoundException;
import dk.traedesten.events.EventParticipants;
import dk.traedesten.events.EventPlanning;
import dk.traedesten.events.ListedParticipant;
import dk.traedesten.events.PlannedEvent;
import dk.traedesten.events.participantlist.ParticipantCsv;
import dk.traedesten.platform.pdf.HtmlPdf;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The organiser's lists of everyone registered, across municipalities: a CSV for Excel and name badges to print.
 * Anyone but the event's organiser gets 404, as on the planning pages.
 */
@Controller
@PreAuthorize("hasAnyRole('EVENT_ORGANISER', 'PLATFORM_ADMINISTRATOR')")
class ParticipantListController {

	private final EventParticipants participants;

	private final EventPlanning planning;

	private final HtmlPdf pdf;

	private final MessageSource messages;

	ParticipantListController(EventParticipants participants, EventPlanning planning, HtmlPdf pdf,
			MessageSource messages) {
		this.participants = participants;
		this.planning = planning;
		this.pdf = pdf;
		this.messages = messages;
	}

	@GetMapping("/arrangementer/{slug}/deltagere.csv")
	ResponseEntity<byte[]> csv(@PathVariable String slug, Locale locale) {
		List<ListedParticipant> list = list(slug);
		List<String> headers = List.of("municipality", "name", "email", "title", "round", "sessions")
			.stream()
			.map(key -> messages.getMessage("participantlist.csv." + key, null, locale))
			.toList();
		byte[] body = ParticipantCsv.write(list, headers,
				messages.getMessage("participantlist.csv.waiting", null, locale));
		return download(body, new MediaType("text", "csv", StandardCharsets.UTF_8), "deltagere-" + slug + ".csv",
				false);
	}

	@GetMapping("/arrangementer/{slug}/navneskilte.pdf")
	ResponseEntity<byte[]> badges(@PathVariable String slug, Locale locale) {
		List<ListedParticipant> list = list(slug);
		PlannedEvent event = planning.planned(slug).orElseThrow(() -> new EventNotFoundException(slug));
		byte[] body = pdf.render("events/badges-pdf", Map.of("event", event, "participants", list), locale);
		return download(body, MediaType.APPLICATION_PDF, "navneskilte-" + slug + ".pdf", true);
	}

	private List<ListedParticipant> list(String slug) {
		return participants.forOrganiser(slug).orElseThrow(() -> new EventNotFoundException(slug));
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name, boolean inline) {
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(name)
			.build();
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(body);
	}
}
