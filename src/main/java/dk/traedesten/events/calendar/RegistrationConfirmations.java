package dk.traedesten.events.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dk.traedesten.events.Event;
import dk.traedesten.events.EventParticipants;
import dk.traedesten.events.ParticipantsRegistered;
import dk.traedesten.events.Registrations;
import dk.traedesten.events.Schedule;
import dk.traedesten.mail.Mailer;
import dk.traedesten.mail.OutgoingMail;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Confirms each newly registered participant by e-mail with their day as an .ics attachment (decision 0014). Runs
 * inside the round's transaction: the mails go to the outbox with the seats, and a refused round sends nothing.
 */
@Component
class RegistrationConfirmations {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy 'kl.' HH.mm", DANISH);

	private final Registrations registrations;

	private final EventCalendars calendars;

	private final Mailer mailer;

	private final MessageSource messages;

	private final EventParticipants participants;

	private final Clock clock;

	RegistrationConfirmations(Registrations registrations, EventCalendars calendars, Mailer mailer,
			MessageSource messages, EventParticipants participants, Clock clock) {
		this.participants = participants;
		this.clock = clock;
		this.registrations = registrations;
		this.calendars = calendars;
		this.mailer = mailer;
		this.messages = messages;
	}

	@EventListener
	void confirm(ParticipantsRegistered registered) {
		for (UUID participant : registered.participantIds()) {
			// People registered after the event (an organiser recording who came) need no invitation.
			registrations.schedule(registered.slug(), participant)
				.filter(schedule -> clock.instant().isBefore(schedule.page().event().endsAt()))
				.ifPresent(schedule -> send(registered, schedule));
		}
	}

	private void send(ParticipantsRegistered registered, Schedule schedule) {
		Event event = schedule.page().event();
		String seat = calendars.link("/arrangementer/" + event.slug() + "/deltagere/" + schedule.participant().id());
		String calendar = participants.calendarToken(schedule.participant().id())
			.map(token -> calendars.link("/arrangementer/" + event.slug() + "/kalender/" + token + ".ics"))
			.orElse(seat);
		String subject = messages.getMessage("confirmation.subject", new Object[] { event.title() }, DANISH);
		String body = messages.getMessage("confirmation.body", new Object[] { schedule.participant().name(),
				event.title(), event.localStart().format(DAY), calendar, seat, event.organiser().name() }, DANISH);
		byte[] ics = calendars.ofParticipant(schedule).getBytes(StandardCharsets.UTF_8);
		mailer.send(new OutgoingMail(registered.registrant().municipalityCode(), schedule.participant().email(),
				subject, body, List.of(new OutgoingMail.Attachment(event.slug() + ".ics",
						"text/calendar; charset=UTF-8; method=PUBLISH", ics))));
	}
}
