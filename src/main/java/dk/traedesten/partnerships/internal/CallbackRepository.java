package dk.traedesten.partnerships.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dk.traedesten.partnerships.CallbackTopic;
import dk.traedesten.partnerships.Colleague;
import dk.traedesten.partnerships.NewCallback;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** "Ring mig op" requests; only the partnerships' organisers (and the system scope) reach the table (V032). */
@Repository
public class CallbackRepository {

	public record Row(UUID id, String name, int callerMunicipalityCode, String phone, CallbackTopic topic,
			String preferredTime, Timestamp createdAt, UUID assignedTo, Timestamp doneAt) {
	}

	private final JdbcClient jdbc;

	CallbackRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, NewCallback request, Instant consentedAt) {
		jdbc.sql("""
				insert into partnership_callback (id, name, caller_municipality_code, phone, topic, preferred_time,
				                                  consented_at)
				values (:id, :name, :code, :phone, :topic, :time, :consented)""")
			.param("id", id).param("name", request.name()).param("code", request.municipalityCode())
			.param("phone", request.phone()).param("topic", request.topic().name())
			.param("time", request.preferredTime()).param("consented", Timestamp.from(consentedAt)).update();
	}

	/** Open requests first, oldest first; then the done ones, newest first. */
	public List<Row> queue() {
		return jdbc.sql("""
				select id, name, caller_municipality_code, phone, topic, preferred_time, created_at, assigned_to,
				       done_at
				from partnership_callback
				order by done_at is not null, case when done_at is null then created_at end, done_at desc""")
			.query(Row.class).list();
	}

	public List<Colleague> colleagues() {
		return jdbc.sql("select id, name from partnership_organiser_people() order by name")
			.query((rs, n) -> new Colleague(rs.getObject("id", UUID.class), rs.getString("name"))).list();
	}

	public int assign(UUID id, UUID personId) {
		return jdbc.sql("update partnership_callback set assigned_to = :person where id = :id")
			.param("id", id).param("person", personId).update();
	}

	public int markDone(UUID id, Instant at) {
		return jdbc.sql("update partnership_callback set done_at = coalesce(done_at, :at) where id = :id")
			.param("id", id).param("at", Timestamp.from(at)).update();
	}

	public int deleteSentBefore(Instant cutoff) {
		return jdbc.sql("delete from partnership_callback where created_at < :cutoff")
			.param("cutoff", Timestamp.from(cutoff)).update();
	}
}
