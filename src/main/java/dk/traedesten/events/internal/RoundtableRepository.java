package dk.traedesten.events.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.traedesten.events.ParticipantRole;
import dk.traedesten.events.RoundtableKey;
import dk.traedesten.events.WebinarParticipant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A webinar's roundtables, their points of input and who sits where (V031). Row-level security lets only the event's
 * organiser read or write any of it; the participants themselves are read through the organiser's policy of V017.
 */
@Repository
public class RoundtableRepository {

	public record TableRow(UUID id, String key, UUID areaId, String facilitator, String noteTaker, String summary) {
	}

	public record PointRow(UUID tableId, String kind, String text) {
	}

	public record SeatRow(UUID participantId, UUID tableId, boolean pinned) {
	}

	private final JdbcClient jdbc;

	RoundtableRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Serialises changes to one event's seating, so a move and a run never count seats at the same time. */
	public void lock(UUID eventId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))").param("key", "roundtables:" + eventId)
			.query((rs, n) -> 1).single();
	}

	public List<WebinarParticipant> participants(UUID eventId) {
		return jdbc.sql("""
				select id, municipality_code, name, email, job_title, roundtable_role, area_id, unit_id
				from event_participant where event_id = :event and cancelled_at is null order by name, id""")
			.param("event", eventId)
			.query((rs, n) -> new WebinarParticipant(rs.getObject("id", UUID.class), rs.getInt("municipality_code"),
					rs.getString("name"), rs.getString("email"), rs.getString("job_title"),
					rs.getString("roundtable_role") == null ? ParticipantRole.OTHER
							: ParticipantRole.valueOf(rs.getString("roundtable_role")),
					rs.getObject("area_id", UUID.class), rs.getObject("unit_id", UUID.class)))
			.list();
	}

	public List<TableRow> tables(UUID eventId) {
		return jdbc.sql("""
				select id, key, area_id, facilitator, note_taker, summary from event_roundtable
				where event_id = :event""").param("event", eventId).query(TableRow.class).list();
	}

	public List<PointRow> points(UUID eventId) {
		return jdbc.sql("""
				select table_id, kind, text from event_roundtable_point where event_id = :event
				order by table_id, kind, position""").param("event", eventId).query(PointRow.class).list();
	}

	public List<SeatRow> seats(UUID eventId) {
		return jdbc.sql("select participant_id, table_id, pinned from event_roundtable_seat where event_id = :event")
			.param("event", eventId).query(SeatRow.class).list();
	}

	public int capacity(UUID eventId) {
		return jdbc.sql("select roundtable_capacity from event where id = :event").param("event", eventId)
			.query(Integer.class).single();
	}

	public void setCapacity(UUID eventId, int capacity) {
		jdbc.sql("update event set roundtable_capacity = :capacity where id = :event")
			.param("capacity", capacity).param("event", eventId).update();
	}

	/** The table with the key, made when it is not there yet; the id either way. */
	public UUID ensureTable(UUID eventId, RoundtableKey key) {
		jdbc.sql("""
				insert into event_roundtable (id, event_id, municipality_code, key, area_id, number)
				select :id, e.id, e.municipality_code, :key, :area, :number from event e where e.id = :event
				on conflict (event_id, key) do nothing""")
			.param("id", UUID.randomUUID()).param("event", eventId).param("key", key.toString())
			.param("area", key.area()).param("number", key.number()).update();
		return jdbc.sql("select id from event_roundtable where event_id = :event and key = :key")
			.param("event", eventId).param("key", key.toString()).query(UUID.class).single();
	}

	/** Seats everyone anew: participant to table, the pinned ones marked as moved by hand. */
	public void replaceSeats(UUID eventId, Map<UUID, UUID> seats, Set<UUID> pinned) {
		jdbc.sql("delete from event_roundtable_seat where event_id = :event").param("event", eventId).update();
		seats.forEach((participant, table) -> jdbc.sql("""
				insert into event_roundtable_seat (participant_id, event_id, municipality_code, table_id, pinned)
				select :participant, e.id, e.municipality_code, :table, :pinned from event e where e.id = :event""")
			.param("participant", participant).param("event", eventId).param("table", table)
			.param("pinned", pinned.contains(participant)).update());
	}

	/** Drops the tables nobody sits at that hold nothing written, so a run leaves no empty tables behind. */
	public void deleteIdleTables(UUID eventId) {
		jdbc.sql("""
				delete from event_roundtable t where t.event_id = :event
				and not exists (select 1 from event_roundtable_seat s where s.table_id = t.id)
				and not exists (select 1 from event_roundtable_point p where p.table_id = t.id)
				and t.facilitator = '' and t.note_taker = '' and t.summary = ''""").param("event", eventId).update();
	}

	public void move(UUID eventId, UUID participantId, UUID tableId) {
		jdbc.sql("""
				insert into event_roundtable_seat (participant_id, event_id, municipality_code, table_id, pinned)
				select :participant, e.id, e.municipality_code, :table, true from event e where e.id = :event
				on conflict (participant_id) do update set table_id = excluded.table_id, pinned = true""")
			.param("participant", participantId).param("event", eventId).param("table", tableId).update();
	}

	public int seatedAt(UUID tableId) {
		return jdbc.sql("select count(*) from event_roundtable_seat where table_id = :table").param("table", tableId)
			.query(Integer.class).single();
	}

	public void staff(UUID tableId, String facilitator, String noteTaker) {
		jdbc.sql("update event_roundtable set facilitator = :facilitator, note_taker = :noteTaker where id = :table")
			.param("facilitator", facilitator).param("noteTaker", noteTaker).param("table", tableId).update();
	}

	public void writeInput(UUID eventId, UUID tableId, String summary, List<String> themes,
			List<String> recommendations) {
		jdbc.sql("update event_roundtable set summary = :summary where id = :table").param("summary", summary)
			.param("table", tableId).update();
		jdbc.sql("delete from event_roundtable_point where table_id = :table").param("table", tableId).update();
		Map<String, List<String>> points = new HashMap<>();
		points.put("THEME", themes);
		points.put("RECOMMENDATION", recommendations);
		points.forEach((kind, texts) -> {
			List<String> ordered = new ArrayList<>(texts);
			for (int i = 0; i < ordered.size(); i++) {
				jdbc.sql("""
						insert into event_roundtable_point (id, event_id, municipality_code, table_id, kind, position, text)
						select :id, e.id, e.municipality_code, :table, :kind, :position, :text from event e
						where e.id = :event""")
					.param("id", UUID.randomUUID()).param("event", eventId).param("table", tableId).param("kind", kind)
					.param("position", i + 1).param("text", ordered.get(i)).update();
			}
		});
	}
}
