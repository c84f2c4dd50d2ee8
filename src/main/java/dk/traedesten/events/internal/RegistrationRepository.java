package dk.traedesten.events.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dk.traedesten.events.NewParticipant;
import dk.traedesten.events.Participant;
import dk.traedesten.events.SessionSeat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Registration rounds, participants and their session choices (V017). Row-level security shows a municipality its
 * own rows only; seats are taken and freed through the database functions that lock the session's seat row.
 */
@Repository
public class RegistrationRepository {

	private static final String PARTICIPANT = """
			select p.id, p.event_id, p.municipality_code, r.number, p.name, p.email, p.job_title
			from event_participant p join event_registration_round r on r.id = p.round_id
			""";

	private final JdbcClient jdbc;

	RegistrationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<LocalDate> bindingFrom(UUID eventId) {
		return jdbc.sql("select registration_binding_from from event where id = :event")
			.param("event", eventId)
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
			.single();
	}

	public void setBindingFrom(UUID eventId, LocalDate day) {
		jdbc.sql("update event set registration_binding_from = :day where id = :event")
			.param("day", day == null ? null : Date.valueOf(day)).param("event", eventId).update();
	}

	/** Serialises a municipality's rounds for one event, so two rounds at once get different numbers. */
	public int nextRound(UUID eventId, int municipality) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
			.param("key", "event-round:" + eventId + ":" + municipality)
			.query((rs, n) -> 1)
			.single();
		return jdbc.sql("""
				select coalesce(max(number), 0) + 1 from event_registration_round
				where event_id = :event and municipality_code = :code""")
			.param("event", eventId).param("code", municipality).query(Integer.class).single();
	}

	public UUID insertRound(UUID eventId, int municipality, int number, String registeredBy) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_registration_round (id, event_id, municipality_code, number, registered_by)
				values (:id, :event, :code, :number, :by)""")
			.param("id", id).param("event", eventId).param("code", municipality).param("number", number)
			.param("by", registeredBy).update();
		return id;
	}

	public UUID insertParticipant(UUID eventId, int municipality, UUID roundId, NewParticipant person) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_participant (id, event_id, municipality_code, round_id, name, email, job_title,
				                               roundtable_role, area_id, unit_id)
				values (:id, :event, :code, :round, :name, :email, :title, :role,
				        coalesce((select a.id from area a where a.id = :area),
				                 (select u.area_id from unit u where u.id = :unit)),
				        (select u.id from unit u where u.id = :unit))""")
			.param("id", id).param("event", eventId).param("code", municipality).param("round", roundId)
			.param("name", person.name()).param("email", person.email()).param("title", person.jobTitle())
			// Row-level security drops an area or unit the registrar's municipality does not have; a unit brings its area.
			.param("role", person.role() == null ? null : person.role().name()).param("area", person.area())
			.param("unit", person.unit()).update();
		return id;
	}

	/** Seated participants of the municipality, in the order they were registered. */
	public List<Participant> participants(UUID eventId, int municipality) {
		return jdbc.sql(PARTICIPANT + """
				where p.event_id = :event and p.municipality_code = :code and p.cancelled_at is null
				order by r.number, p.created_at, p.name""")
			.param("event", eventId).param("code", municipality).query(RegistrationRepository::participant).list();
	}

	public Optional<Participant> participant(UUID id) {
		return jdbc.sql(PARTICIPANT + " where p.id = :id and p.cancelled_at is null")
			.param("id", id).query(RegistrationRepository::participant).optional();
	}

	/** The persons still registered per round, for every round the municipality made. */
	public List<Integer> roundSizes(UUID eventId, int municipality) {
		return jdbc.sql("""
				select count(p.id) from event_registration_round r
				left join event_participant p on p.round_id = r.id and p.cancelled_at is null
				where r.event_id = :event and r.municipality_code = :code
				group by r.number order by r.number""")
			.param("event", eventId).param("code", municipality).query(Integer.class).list();
	}

	/** The seat this e-mail holds at the event, if the caller may see it. */
	public Optional<UUID> seatOf(UUID eventId, String email) {
		return jdbc.sql("""
				select id from event_participant where event_id = :event and email = :email and cancelled_at is null""")
			.param("event", eventId).param("email", email).query(UUID.class).optional();
	}

	public void swap(UUID participantId, NewParticipant person) {
		jdbc.sql("update event_participant set name = :name, email = :email, job_title = :title where id = :id")
			.param("name", person.name()).param("email", person.email()).param("title", person.jobTitle())
			.param("id", participantId).update();
	}

	public void cancel(UUID participantId) {
		for (UUID choice : jdbc.sql("select id from event_session_choice where participant_id = :id order by queued")
			.param("id", participantId).query(UUID.class).list()) {
			release(choice);
		}
		jdbc.sql("update event_participant set cancelled_at = now() where id = :id").param("id", participantId).update();
	}

	public Set<UUID> organisationChoices(UUID eventId, int municipality) {
		return new HashSet<>(jdbc.sql("""
				select item_id from event_organisation_choice where event_id = :event and municipality_code = :code""")
			.param("event", eventId).param("code", municipality).query(UUID.class).list());
	}

	public void replaceOrganisationChoices(UUID eventId, int municipality, UUID groupId, Set<UUID> items) {
		jdbc.sql("""
				delete from event_organisation_choice where event_id = :event and municipality_code = :code
				and group_id = :group""")
			.param("event", eventId).param("code", municipality).param("group", groupId).update();
		for (UUID item : items) {
			jdbc.sql("""
					insert into event_organisation_choice (event_id, municipality_code, group_id, item_id)
					values (:event, :code, :group, :item)""")
				.param("event", eventId).param("code", municipality).param("group", groupId).param("item", item)
				.update();
		}
	}

	public List<SessionSeat> seats(UUID participantId) {
		return jdbc.sql("""
				select item_id, group_id, status from event_session_choice where participant_id = :id order by queued""")
			.param("id", participantId)
			.query((rs, n) -> new SessionSeat(rs.getObject("item_id", UUID.class), rs.getObject("group_id", UUID.class),
					"WAITING".equals(rs.getString("status"))))
			.list();
	}

	/** Chooses a session: on the waiting list first, then a seat if one is free. True when seated. */
	public boolean choose(Participant participant, UUID groupId, UUID itemId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_session_choice (id, event_id, municipality_code, participant_id, group_id, item_id)
				values (:id, :event, :code, :participant, :group, :item)""")
			.param("id", id).param("event", participant.eventId()).param("code", participant.municipalityCode())
			.param("participant", participant.id()).param("group", groupId).param("item", itemId).update();
		return "SEATED".equals(jdbc.sql("select event_session_take(:id)").param("id", id).query(String.class).single());
	}

	/** Gives a session back; the first waiting participant (any municipality) moves up. */
	public void unchoose(UUID participantId, UUID itemId) {
		jdbc.sql("select id from event_session_choice where participant_id = :p and item_id = :item")
			.param("p", participantId).param("item", itemId).query(UUID.class).optional().ifPresent(this::release);
	}

	/** Seats taken per session with a capacity, across all municipalities (counts only). */
	public java.util.Map<UUID, Integer> taken(UUID eventId) {
		java.util.Map<UUID, Integer> taken = new java.util.HashMap<>();
		jdbc.sql("select item_id, taken from event_session_taken(:event)").param("event", eventId)
			.query((rs, n) -> taken.put(rs.getObject(1, UUID.class), rs.getInt(2))).list();
		return taken;
	}

	private void release(UUID choiceId) {
		jdbc.sql("select event_session_release(:id)").param("id", choiceId).query((rs, n) -> 1).single();
	}

	private static Participant participant(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Participant(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
				rs.getInt("municipality_code"), rs.getInt("number"), rs.getString("name"), rs.getString("email"),
				rs.getString("job_title"));
	}
}
