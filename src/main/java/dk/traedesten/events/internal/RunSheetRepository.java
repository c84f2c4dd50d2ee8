package dk.traedesten.events.internal;

import java.sql.Time;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import dk.traedesten.events.NewRunSheetRow;
import dk.traedesten.events.RunSheetRow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Run sheet lines (V030). Row-level security lets only the event's organiser read or write them. */
@Repository
public class RunSheetRepository {

	private final JdbcClient jdbc;

	RunSheetRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<RunSheetRow> rows(UUID eventId) {
		return jdbc.sql("""
				select id, programme_item_id, starts_at, title, responsible, note, done, created_at
				from event_run_sheet_row where event_id = :event order by starts_at, created_at""")
			.param("event", eventId)
			.query((rs, n) -> new RunSheetRow(rs.getObject("id", UUID.class),
					rs.getObject("programme_item_id", UUID.class), rs.getObject("starts_at", LocalTime.class),
					rs.getString("title"), rs.getString("responsible"), rs.getString("note"), rs.getBoolean("done"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	public UUID insert(UUID eventId, Integer municipalityCode, UUID programmeItemId, NewRunSheetRow row) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_run_sheet_row (id, event_id, municipality_code, programme_item_id, starts_at, title,
				responsible, note) values (:id, :event, :code, :item, :time, :title, :responsible, :note)""")
			.param("id", id).param("event", eventId).param("code", municipalityCode).param("item", programmeItemId)
			.param("time", Time.valueOf(row.startsAt())).param("title", row.title())
			.param("responsible", row.responsible()).param("note", row.note())
			.update();
		return id;
	}

	public boolean update(UUID eventId, UUID rowId, NewRunSheetRow row) {
		return jdbc.sql("""
				update event_run_sheet_row set starts_at = :time, title = :title, responsible = :responsible,
				note = :note where id = :id and event_id = :event""")
			.param("time", Time.valueOf(row.startsAt())).param("title", row.title())
			.param("responsible", row.responsible()).param("note", row.note())
			.param("id", rowId).param("event", eventId)
			.update() == 1;
	}

	public boolean tick(UUID eventId, UUID rowId, boolean done) {
		return jdbc.sql("update event_run_sheet_row set done = :done where id = :id and event_id = :event")
			.param("done", done).param("id", rowId).param("event", eventId).update() == 1;
	}

	public boolean delete(UUID eventId, UUID rowId) {
		return jdbc.sql("delete from event_run_sheet_row where id = :id and event_id = :event")
			.param("id", rowId).param("event", eventId).update() == 1;
	}
}
