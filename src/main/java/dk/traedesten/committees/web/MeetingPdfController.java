package dk.traedesten.committees.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.committees.AgendaItem;
import dk.traedesten.committees.Committee;
import dk.traedesten.committees.CommitteeNotFoundException;
import dk.traedesten.committees.Meeting;
import dk.traedesten.committees.PublicAgendas;
import dk.traedesten.committees.Voting;
import dk.traedesten.platform.pdf.HtmlPdf;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A published meeting's agenda, and once they are out its minutes, as PDF for the public: what the municipality
 * would print and file. Read through {@link PublicAgendas} like the pages, so a closed item shows only its number
 * and title, and neither a draft nor an unpublished meeting is ever rendered.
 */
@Controller
@PreAuthorize(CommitteeGuards.PUBLIC)
class MeetingPdfController {

	private final PublicAgendas agendas;

	private final HtmlPdf pdf;

	MeetingPdfController(PublicAgendas agendas, HtmlPdf pdf) {
		this.agendas = agendas;
		this.pdf = pdf;
	}

	@GetMapping("/udvalg/moeder/{id}/dagsorden.pdf")
	ResponseEntity<byte[]> agenda(@PathVariable UUID id, Locale locale) {
		return document(id, false, locale);
	}

	@GetMapping("/udvalg/moeder/{id}/referat.pdf")
	ResponseEntity<byte[]> minutes(@PathVariable UUID id, Locale locale) {
		return document(id, true, locale);
	}

	private ResponseEntity<byte[]> document(UUID id, boolean minutes, Locale locale) {
		Meeting meeting = agendas.meeting(id).orElseThrow(CommitteeNotFoundException::new);
		if (minutes && !meeting.minutesPublished()) {
			throw new CommitteeNotFoundException();
		}
		Committee committee = agendas.committee(meeting.committeeId()).orElseThrow(CommitteeNotFoundException::new);
		List<AgendaItem> items = new ArrayList<>();
		Map<UUID, Voting> votings = new HashMap<>();
		for (AgendaItem item : agendas.items(id)) {
			items.add(item.open() ? agendas.item(item.id()).orElse(item) : item);
			if (minutes && item.open()) {
				votings.put(item.id(), agendas.voting(item.id()));
			}
		}
		byte[] body = pdf.render("committees/meeting-pdf",
				Map.of("meeting", meeting, "committee", committee, "items", items, "minutes", minutes,
						"votings", votings), locale);
		String name = (minutes ? "referat-" : "dagsorden-") + meeting.meetsOn() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.body(body);
	}
}
