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
import dk.traedesten.platform.tenancy.TenantScope;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Confirms each newly registered participant by e-mail with their day as an .ics attachment (decision 0014). The event
 * is recorded with the round (Spring Modulith's publication registry), so a refused round sends nothing, and the mails
 * are written after the round has committed: building calendars is slow work that must not lengthen the round's
 * transaction, which holds the lock that numbers the registrant's rounds, nor fail a registration when it fails.
 */
@Component
class RegistrationConfirmations {

	static final String ACTOR = "tilmeldingsbekraeftelse";

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy 'kl.' HH.mm", DANISH);

	private final Registrations registrations;

	private final EventCalendars calendars;

	private final Mailer mailer;

	private final MessageSource messages;

	private final EventParticipants participants;

	private final Clock clock;

	private final TransactionTemplate transaction;

	RegistrationConfirmations(Registrations registrations, EventCalendars calendars, Mailer mailer,
			MessageSource messages, EventParticipants participants, Clock clock, TransactionTemplate transaction) {
		this.participants = participants;
		this.clock = clock;
		this.transaction = transaction;
		this.registrations = registrations;
		this.calendars = calendars;
		this.mailer = mailer;
		this.messages = messages;
	}

	// No transaction of the listener's own: it would take its connection before the scope is set.
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void confirm(ParticipantsRegistered registered) {
		Integer municipality = registered.registrant().municipalityCode();
		if (municipality != null) {
			TenantScope.asTenant(municipality, ACTOR, () -> transaction.execute(status -> write(registered)));
		}
		else {
			// An organisation's seats have no tenant to be read in; the platform scope reads just these participants.
			TenantScope.asSystem(ACTOR, () -> transaction.execute(status -> write(registered)));
		}
	}

	private Void write(ParticipantsRegistered registered) {
		for (UUID participant : registered.participantIds()) {
			// People registered after the event (an organiser recording who came) need no invitation.
			registrations.schedule(registered.slug(), participant)
				.filter(schedule -> clock.instant().isBefore(schedule.page().event().endsAt()))
				.ifPresent(schedule -> send(registered, schedule));
		}
		return null;
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
