package dk.traedesten.notifications.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One person's notifications. Every query names the person: no one reads or marks another's notifications,
 * even in the same municipality, and row-level security keeps other municipalities out beneath that.
 */
@Service
@Transactional(readOnly = true)
public class Inbox {

	/** The page shows the newest ones; older ones stay in the table but are not listed. */
	static final int SHOWN = 100;

	private final JdbcClient jdbc;

	Inbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Notification> newestFirst(UUID personId) {
		return jdbc.sql("""
				select id, message_key, arguments, link, created_at, read_at from notification
				where person_id = :person order by created_at desc, id limit :limit""")
			.param("person", personId)
			.param("limit", SHOWN)
			.query(Inbox::notification)
			.list();
	}

	public int unread(UUID personId) {
		return jdbc.sql("select count(*) from notification where person_id = :person and read_at is null")
			.param("person", personId)
			.query(Integer.class)
			.single();
	}

	/** Marks the person's own notification read; false when they have none with this id. */
	@Transactional
	public boolean markRead(UUID personId, UUID notificationId) {
		int found = jdbc.sql("select count(*) from notification where id = :id and person_id = :person")
			.param("id", notificationId)
			.param("person", personId)
			.query(Integer.class)
			.single();
		jdbc.sql("update notification set read_at = now() where id = :id and person_id = :person and read_at is null")
			.param("id", notificationId)
			.param("person", personId)
			.update();
		return found > 0;
	}

	@Transactional
	public int markAllRead(UUID personId) {
		return jdbc.sql("update notification set read_at = now() where person_id = :person and read_at is null")
			.param("person", personId)
			.update();
	}

	private static Notification notification(ResultSet rs, int row) throws SQLException {
		Array arguments = rs.getArray("arguments");
		Timestamp readAt = rs.getTimestamp("read_at");
		return new Notification(rs.getObject("id", UUID.class), rs.getString("message_key"),
				arguments == null ? List.of() : Arrays.asList((String[]) arguments.getArray()), rs.getString("link"),
				rs.getTimestamp("created_at").toInstant(), readAt == null ? null : readAt.toInstant());
	}
}
