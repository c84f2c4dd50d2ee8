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
import dk.traedesten.events.Registrant;
import dk.traedesten.events.SessionSeat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Registration rounds, participants and their session choices (V017, V035). Row-level security shows a registrant
 * (a municipality or another organisation) its own rows only; seats are taken and freed through the database functions that lock the session's seat row.
 */
@Repository
public class RegistrationRepository {

	private static final String PARTICIPANT = """
			select p.id, p.event_id, p.municipality_code, p.organisation_id, r.number, p.name, p.email, p.job_title
			from event_participant p join event_registration_round r on r.id = p.round_id
			""";

	/** The rows of one registrant; the round's alias is r. */
	private static final String OWN = " r.municipality_code is not distinct from cast(:code as integer)"
			+ " and r.organisation_id is not distinct from cast(:org as uuid)";

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

	/** Serialises a registrant's rounds for one event, so two rounds at once get different numbers. */
	public int nextRound(UUID eventId, Registrant who) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
			.param("key", "event-round:" + eventId + ":" + who.key())
			.query((rs, n) -> 1)
			.single();
		return jdbc.sql("""
				select coalesce(max(number), 0) + 1 from event_registration_round r
				where r.event_id = :event and """ + OWN)
			.param("event", eventId).param("code", who.municipalityCode()).param("org", who.organisationId())
			.query(Integer.class).single();
	}

	public UUID insertRound(UUID eventId, Registrant who, int number, String registeredBy) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_registration_round (id, event_id, municipality_code, organisation_id, number,
				  registered_by)
				values (:id, :event, :code, :org, :number, :by)""")
			.param("id", id).param("event", eventId).param("code", who.municipalityCode())
			.param("org", who.organisationId()).param("number", number).param("by", registeredBy).update();
		return id;
	}

	public UUID insertParticipant(UUID eventId, Registrant who, UUID roundId, NewParticipant person) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_participant (id, event_id, municipality_code, organisation_id, round_id, name, email,
				                               job_title, roundtable_role, area_id, unit_id)
				values (:id, :event, :code, :org, :round, :name, :email, :title, :role,
				        coalesce((select a.id from area a where a.id = :area),
				                 (select u.area_id from unit u where u.id = :unit)),
				        (select u.id from unit u where u.id = :unit))""")
			.param("id", id).param("event", eventId).param("code", who.municipalityCode())
			.param("org", who.organisationId()).param("round", roundId).param("name", person.name())
			.param("email", person.email()).param("title", person.jobTitle())
			// Row-level security drops an area or unit the registrar's municipality does not have; a unit brings its area.
			.param("role", person.role() == null ? null : person.role().name()).param("area", person.area())
			.param("unit", person.unit()).update();
		return id;
	}

	/** Seated participants of the registrant, in the order they were registered. */
	public List<Participant> participants(UUID eventId, Registrant who) {
		return jdbc.sql(PARTICIPANT + """
				where p.event_id = :event and p.cancelled_at is null and """ + OWN + """

				order by r.number, p.created_at, p.name""")
			.param("event", eventId).param("code", who.municipalityCode()).param("org", who.organisationId())
			.query(RegistrationRepository::participant).list();
	}

	public Optional<Participant> participant(UUID id) {
		return jdbc.sql(PARTICIPANT + " where p.id = :id and p.cancelled_at is null")
			.param("id", id).query(RegistrationRepository::participant).optional();
	}

	/** The persons still registered per round, for every round the registrant made. */
	public List<Integer> roundSizes(UUID eventId, Registrant who) {
		return jdbc.sql("""
				select count(p.id) from event_registration_round r
				left join event_participant p on p.round_id = r.id and p.cancelled_at is null
				where r.event_id = :event and """ + OWN + """

				group by r.number order by r.number""")
			.param("event", eventId).param("code", who.municipalityCode()).param("org", who.organisationId())
			.query(Integer.class).list();
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

	public Set<UUID> organisationChoices(UUID eventId, Registrant who) {
		return new HashSet<>(jdbc.sql("""
				select item_id from event_organisation_choice r where r.event_id = :event and """ + OWN)
			.param("event", eventId).param("code", who.municipalityCode()).param("org", who.organisationId())
			.query(UUID.class).list());
	}

	public void replaceOrganisationChoices(UUID eventId, Registrant who, UUID groupId, Set<UUID> items) {
		jdbc.sql("""
				delete from event_organisation_choice r where r.event_id = :event and r.group_id = :group and """ + OWN)
			.param("event", eventId).param("code", who.municipalityCode()).param("org", who.organisationId())
			.param("group", groupId).update();
		for (UUID item : items) {
			jdbc.sql("""
					insert into event_organisation_choice (event_id, municipality_code, organisation_id, group_id, item_id)
					values (:event, :code, :org, :group, :item)""")
				.param("event", eventId).param("code", who.municipalityCode()).param("org", who.organisationId())
				.param("group", groupId).param("item", item).update();
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
				insert into event_session_choice (id, event_id, municipality_code, organisation_id, participant_id,
				  group_id, item_id)
				values (:id, :event, :code, :org, :participant, :group, :item)""")
			.param("id", id).param("event", participant.eventId())
			.param("code", participant.registrant().municipalityCode())
			.param("org", participant.registrant().organisationId())
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
		Integer code = rs.getObject("municipality_code", Integer.class);
		Registrant registrant = code != null ? Registrant.municipality(code)
				: Registrant.organisation(rs.getObject("organisation_id", UUID.class));
		return new Participant(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class), registrant,
				rs.getInt("number"), rs.getString("name"), rs.getString("email"),
				rs.getString("job_title"));
	}
}
