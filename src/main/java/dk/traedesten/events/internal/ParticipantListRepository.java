package dk.traedesten.events.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.events.ListedParticipant;
import dk.traedesten.events.ListedParticipant.ChosenSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Participants across municipalities for the event's organiser, whom V017's read policies let see them all, and the
 * participants' calendar tokens (V030).
 */
@Repository
public class ParticipantListRepository {

	/** The seat a calendar link names, with its municipality. */
	public record CalendarSeat(UUID participantId, Integer municipalityCode) {
	}

	private final JdbcClient jdbc;

	ParticipantListRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ListedParticipant> participants(UUID eventId) {
		record Row(UUID id, String municipality, String name, String email, String jobTitle, int round) {
		}
		List<Row> rows = jdbc.sql("""
				select p.id, m.name as municipality, p.name, p.email, p.job_title, r.number as round
				from event_participant p
				join event_registration_round r on r.id = p.round_id
				join municipality m on m.code = p.municipality_code
				where p.event_id = :event and p.cancelled_at is null
				order by m.name, p.name""")
			.param("event", eventId)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("municipality"),
					rs.getString("name"), rs.getString("email"), rs.getString("job_title"), rs.getInt("round")))
			.list();
		Map<UUID, List<ChosenSession>> sessions = new LinkedHashMap<>();
		jdbc.sql("""
				select participant_id, title, waiting from (
				    select c.participant_id, i.title, c.status = 'WAITING' as waiting, i.position
				    from event_session_choice c join event_programme_item i on i.id = c.item_id
				    where c.event_id = :event
				    union all
				    select p.id, i.title, false, i.position
				    from event_organisation_choice o
				    join event_participant p on p.event_id = o.event_id and p.municipality_code = o.municipality_code
				    join event_programme_item i on i.id = o.item_id
				    where o.event_id = :event and p.cancelled_at is null) chosen
				order by position""")
			.param("event", eventId)
			.query((rs, n) -> sessions.computeIfAbsent(rs.getObject("participant_id", UUID.class), id -> new ArrayList<>())
				.add(new ChosenSession(rs.getString("title"), rs.getBoolean("waiting"))))
			.list();
		return rows.stream()
			.map(row -> new ListedParticipant(row.id(), row.municipality(), row.name(), row.email(), row.jobTitle(),
					row.round(), sessions.getOrDefault(row.id(), List.of())))
			.toList();
	}

	public Optional<CalendarSeat> calendarSeat(String slug, String token) {
		return jdbc.sql("select participant_id, municipality_code from event_calendar_seat(:slug, :token)")
			.param("slug", slug).param("token", token)
			.query((rs, n) -> new CalendarSeat(rs.getObject(1, UUID.class), rs.getObject(2, Integer.class)))
			.optional();
	}

	/** The participant's calendar token, if the caller may see the seat. */
	public Optional<String> calendarToken(UUID participantId) {
		return jdbc.sql("select calendar_token from event_participant where id = :id and cancelled_at is null")
			.param("id", participantId).query(String.class).optional();
	}
}
