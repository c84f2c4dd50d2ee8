package dk.traedesten.events;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.events.internal.ParticipantListRepository;
import dk.traedesten.platform.tenancy.TenantScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participants of an event beyond one municipality's registration: the organiser's list of everyone registered,
 * and a participant's day reached through their secret calendar link without signing in (decision 0014).
 */
@Service
public class EventParticipants {

	private final EventPlanning planning;

	private final Registrations registrations;

	private final ParticipantListRepository participants;

	EventParticipants(EventPlanning planning, Registrations registrations, ParticipantListRepository participants) {
		this.planning = planning;
		this.registrations = registrations;
		this.participants = participants;
	}

	/** Everyone registered, for the event's organiser; empty for anyone else. */
	@Transactional(readOnly = true)
	public Optional<List<ListedParticipant>> forOrganiser(String slug) {
		return planning.planned(slug).map(event -> participants.participants(event.id()));
	}

	/** The participant's calendar token, for the participant page; empty when the caller may not see the seat. */
	@Transactional(readOnly = true)
	public Optional<String> calendarToken(UUID participantId) {
		return participants.calendarToken(participantId);
	}

	/**
	 * The day of the participant whose calendar link this is. The token is checked by the database (V030); the
	 * day is then read in the participant's municipality's scope, which row-level security needs to show the seat,
	 * and which reaches no further than this one participant's schedule.
	 */
	public Optional<Schedule> byCalendarToken(String slug, String token) {
		if (token == null || !token.matches("[0-9a-f]{64}")) {
			return Optional.empty();
		}
		// The lookup needs no scope: the database function answers for the exact token only.
		return participants.calendarSeat(slug, token)
			.flatMap(seat -> seat.municipalityCode() != null
					? TenantScope.asTenant(seat.municipalityCode(), "kalenderlink",
							() -> registrations.schedule(slug, seat.participantId()))
					// An organisation's seat has no tenant to read it in; the platform scope reads this one schedule.
					: TenantScope.asSystem("kalenderlink", () -> registrations.schedule(slug, seat.participantId())));
	}
}
