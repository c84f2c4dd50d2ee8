package dk.traedesten.committees;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The row mapping and item assembly that the public reader and the administration share; each reads its own tables
 * or views (the public reader only the {@code public_*} views), so the queries stay with them.
 */
final class CommitteeRows {

	private CommitteeRows() {
	}

	static Meeting meeting(ResultSet rs, boolean agendaPublished, boolean minutesPublished) throws SQLException {
		return new Meeting(rs.getObject("id", UUID.class), rs.getObject("committee_id", UUID.class),
				rs.getString("committee_name"), rs.getInt("municipality_code"),
				rs.getObject("meets_on", java.time.LocalDate.class), rs.getObject("starts_at", java.time.LocalTime.class),
				rs.getString("place"), MeetingState.valueOf(rs.getString("state")), agendaPublished, minutesPublished);
	}

	/** An item without its sections and attachments; {@link #complete} adds them. */
	static AgendaItem item(ResultSet rs, ItemState state) throws SQLException {
		Object asRecommended = rs.getObject("decided_as_recommended");
		Decision decision = asRecommended == null ? null
				: (Boolean) asRecommended ? Decision.recommended() : Decision.amended(rs.getString("decision"));
		return new AgendaItem(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
				rs.getInt("number"), rs.getString("title"), rs.getString("template"), rs.getString("case_number"),
				rs.getString("document_number"), rs.getString("case_handler"), list(rs.getArray("other_case_handlers")),
				list(rs.getArray("department_codes")), rs.getObject("dated_on", java.time.LocalDate.class),
				rs.getBoolean("open"), state, decision, List.of(), List.of());
	}

	/** The item with its sections and attachment facts, read from the named relations. */
	static AgendaItem complete(JdbcClient jdbc, AgendaItem item, String sections, String attachments) {
		List<Section> texts = jdbc
			.sql("select kind, body from " + sections + " where item_id = :id order by position")
			.param("id", item.id())
			.query((rs, n) -> new Section(SectionKind.valueOf(rs.getString("kind")), rs.getString("body")))
			.list();
		List<AgendaItem.Attachment> files = attachments == null ? List.of() : jdbc
			.sql("select id, file_name, content_type, size_bytes from " + attachments
					+ " where item_id = :id order by created_at, file_name")
			.param("id", item.id())
			.query((rs, n) -> new AgendaItem.Attachment(rs.getObject("id", UUID.class), rs.getString("file_name"),
					rs.getString("content_type"), rs.getInt("size_bytes")))
			.list();
		return new AgendaItem(item.id(), item.meetingId(), item.number(), item.title(), item.template(),
				item.caseNumber(), item.documentNumber(), item.caseHandler(), item.otherCaseHandlers(),
				item.departmentCodes(), item.datedOn(), item.open(), item.state(), item.decision(), texts, files);
	}

	static List<String> list(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
