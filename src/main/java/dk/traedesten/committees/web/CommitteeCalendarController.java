package dk.traedesten.committees.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.UUID;

import dk.traedesten.committees.CommitteeNotFoundException;
import dk.traedesten.committees.MeetingState;
import dk.traedesten.committees.PublicRecords;
import dk.traedesten.committees.PublicRecords.PublicCommittee;
import dk.traedesten.committees.PublicRecords.PublicMeeting;
import dk.traedesten.organisation.Municipality;
import dk.traedesten.organisation.OrganisationDirectory;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A committee's published meetings as an iCal feed that calendars subscribe to: one event per meeting, whose UID
 * never changes so an update replaces the event, and a cancelled meeting stays as a cancelled event.
 */
@Controller
@PreAuthorize(CommitteeGuards.PUBLIC)
class CommitteeCalendarController {

	static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

	// The model keeps when a meeting starts, not when it ends; calendars need an end, so a meeting is shown as two hours.
	static final Duration ASSUMED_LENGTH = Duration.ofHours(2);

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private final PublicRecords records;

	private final OrganisationDirectory directory;

	private final MessageSource messages;

	private final String site;

	CommitteeCalendarController(PublicRecords records, OrganisationDirectory directory, MessageSource messages,
			@Value("${traedesten.base-url:http://localhost:8080}") String baseUrl) {
		this.records = records;
		this.directory = directory;
		this.messages = messages;
		this.site = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@GetMapping("/udvalg/{id}/kalender.ics")
	ResponseEntity<String> calendar(@PathVariable UUID id) {
		PublicCommittee committee = records.committee(id).orElseThrow(CommitteeNotFoundException::new);
		String municipality = directory.municipality(committee.municipalityCode())
			.map(Municipality::name)
			.orElse(String.valueOf(committee.municipalityCode()));
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Traedesten//Udvalg//DA"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", text("committees.calendar.name", committee.name(), municipality)));
		calendar.add(CopenhagenTimeZone.vTimeZone());
		for (PublicMeeting meeting : records.meetingsOf(id)) {
			calendar.add(event(meeting, committee.name()));
		}
		return ResponseEntity.ok().contentType(CALENDAR).body(calendar.toString());
	}

	private VEvent event(PublicMeeting meeting, String committeeName) {
		ZonedDateTime start = meeting.meetsOn().atTime(meeting.startsAt()).atZone(DENMARK);
		VEvent event = new VEvent(start, start.plus(ASSUMED_LENGTH), text("committees.calendar.summary", committeeName));
		event.add(new Uid(meeting.id() + "@traedesten"));
		event.add(new Location(meeting.place()));
		event.add(new Url(URI.create(site + "/udvalg/moeder/" + meeting.id())));
		if (meeting.state() == MeetingState.CANCELLED) {
			event.add(ImmutableStatus.VEVENT_CANCELLED);
		}
		return event;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, DANISH);
	}
}
