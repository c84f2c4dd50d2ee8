package dk.traedesten.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the audit trail. Row-level security limits it to the reader's own municipality; platform
 * administrators see all of it.
 */
@Service
public class AuditTrail {

	private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

	private static final TypeReference<Map<String, Object>> ROW = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The page of events matching the query, newest first, and whether more follow. */
	public record Page(List<AuditEvent> events, boolean hasNext) {
	}

	public Page find(AuditQuery query) {
		List<AuditEvent> events = jdbc.sql("""
				select id, occurred_at, actor, municipality_code, table_name, row_id, operation,
				       before_data::text as before_data, after_data::text as after_data
				from audit_event
				where (cast(:table as text) is null or table_name = :table)
				  and (cast(:actor as text) is null or actor ilike '%' || :actor || '%')
				  and (cast(:operation as text) is null or operation = :operation)
				  and (cast(:from as date) is null or occurred_at >= (cast(:from as date) at time zone 'Europe/Copenhagen'))
				  and (cast(:to as date) is null or occurred_at < ((cast(:to as date) + 1) at time zone 'Europe/Copenhagen'))
				order by id desc
				limit :limit offset :offset""")
			.param("table", blankToNull(query.tableName()))
			.param("actor", blankToNull(query.actor()))
			.param("operation", blankToNull(query.operation()))
			.param("from", query.from())
			.param("to", query.to())
			.param("limit", AuditQuery.PAGE_SIZE + 1)
			.param("offset", query.offset())
			.query(this::event)
			.list();
		boolean hasNext = events.size() > AuditQuery.PAGE_SIZE;
		return new Page(hasNext ? events.subList(0, AuditQuery.PAGE_SIZE) : events, hasNext);
	}

	/** The kinds of data that appear in the trail the reader may see, for the filter. */
	public List<String> tableNames() {
		return jdbc.sql("select distinct table_name from audit_event order by table_name").query(String.class).list();
	}

	private AuditEvent event(ResultSet rs, int row) throws SQLException {
		return new AuditEvent(rs.getLong("id"),
				rs.getObject("occurred_at", java.time.OffsetDateTime.class).atZoneSameInstant(DANISH_TIME)
					.toOffsetDateTime(),
				rs.getString("actor"), (Integer) rs.getObject("municipality_code"), rs.getString("table_name"),
				rs.getString("row_id"), rs.getString("operation"), parse(rs.getString("before_data")),
				parse(rs.getString("after_data")));
	}

	private Map<String, Object> parse(String text) {
		return text == null ? null : json.readValue(text, ROW);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
