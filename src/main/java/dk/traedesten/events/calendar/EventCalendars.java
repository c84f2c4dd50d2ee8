package dk.traedesten.events.calendar;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.traedesten.events.Event;
import dk.traedesten.events.ProgrammeItem;
import dk.traedesten.events.PublishedEvent;
import dk.traedesten.events.Schedule;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * An event as iCal (decision 0014). The public calendar holds the event as one entry with its programme in the
 * description; a participant's own calendar holds one entry per item of their day, their chosen sessions included.
 * Times are written in UTC ("…Z"): every calendar shows them in its own zone, and no time zone definition has to be
 * right in the file.
 */
@Component
public class EventCalendars {

	public static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH.mm");

	private final MessageSource messages;

	private final String site;

	EventCalendars(MessageSource messages, @Value("${traedesten.base-url:http://localhost:8080}") String baseUrl) {
		this.messages = messages;
		this.site = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** The site's address of a path, for links in mail and calendars. */
	public String link(String path) {
		return site + path;
	}

	/** The published event as one entry, its programme in the description. */
	public String ofEvent(PublishedEvent page) {
		Event event = page.event();
		Calendar calendar = calendar(text("eventcal.calendar.name", event.title()));
		VEvent entry = new VEvent(event.startsAt(), event.endsAt(), event.title());
		entry.add(new Uid(event.id() + "@traedesten"));
		StringBuilder description = new StringBuilder();
		if (!event.theme().isBlank()) {
			description.append(event.theme()).append("\n\n");
		}
		description.append(text("eventcal.description.programme")).append('\n');
		for (ProgrammeItem item : page.programme()) {
			description.append(item.startsAt().format(CLOCK)).append(' ').append(item.title()).append('\n');
		}
		description.append('\n').append(text("eventcal.description.more", eventLink(event)));
		entry.add(new Description(description.toString()));
		place(entry, event);
		entry.add(new Url(URI.create(eventLink(event))));
		calendar.add(entry);
		return calendar.toString();
	}

	/** One entry per item of the participant's day; the UIDs stay the same, so a changed choice replaces entries. */
	public String ofParticipant(Schedule schedule) {
		Event event = schedule.page().event();
		Calendar calendar = calendar(text("eventcal.calendar.personal-name", event.title(), schedule.participant().name()));
		List<ProgrammeItem> day = schedule.day();
		LocalDate date = event.localStart().toLocalDate();
		for (int i = 0; i < day.size(); i++) {
			ProgrammeItem item = day.get(i);
			LocalTime end = end(day, i, event.localEnd().toLocalTime());
			VEvent entry = new VEvent(instant(date, item.startsAt()), instant(date, end), item.title());
			entry.add(new Uid(schedule.participant().id() + "-" + item.id() + "@traedesten"));
			List<String> lines = new ArrayList<>();
			lines.add(event.title());
			lines.addAll(item.speakers());
			if (!item.venue().isBlank()) {
				lines.add(item.venue());
			}
			if (schedule.seat(item.id()).map(seat -> seat.waiting()).orElse(false)) {
				lines.add(text("participantlist.csv.waiting"));
			}
			entry.add(new Description(String.join("\n", lines)));
			place(entry, event);
			entry.add(new Url(URI.create(eventLink(event))));
			calendar.add(entry);
		}
		return calendar.toString();
	}

	/** An item without an end lasts until the next item of the day starts, the last until the event ends. */
	static LocalTime end(List<ProgrammeItem> day, int index, LocalTime eventEnd) {
		ProgrammeItem item = day.get(index);
		if (item.endsAt() != null) {
			return item.endsAt();
		}
		for (int next = index + 1; next < day.size(); next++) {
			if (day.get(next).startsAt().isAfter(item.startsAt())) {
				return day.get(next).startsAt();
			}
		}
		return eventEnd.isAfter(item.startsAt()) ? eventEnd : item.startsAt().plusMinutes(15);
	}

	private static Instant instant(LocalDate date, LocalTime time) {
		return date.atTime(time).atZone(Event.ZONE).toInstant();
	}

	private Calendar calendar(String name) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Traedesten//Arrangementer//DA"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		return calendar;
	}

	private static void place(VEvent entry, Event event) {
		if (!event.place().isBlank()) {
			entry.add(new Location(event.place()));
		}
	}

	private String eventLink(Event event) {
		return site + "/arrangementer/" + event.slug();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, DANISH);
	}
}
