package dk.traedesten.committees;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-ups of decisions (decision 0017): the secretary adds them to a decided item and reports their status;
 * the committee reads the open ones. Read and written under the tenant's row-level security only, never through the
 * public audience, so another municipality's follow-ups are simply not found.
 */
@Service
@Transactional(readOnly = true)
public class CommitteeFollowUps {

	private static final String FOLLOW_UP = """
			select f.id, f.item_id, i.number, i.title, i.meeting_id, m.meets_on, f.what, f.assignee_person_id,
			       f.assignee_name, f.due_on, f.status, f.status_note, f.status_noted_on
			from committee_follow_up f
			join agenda_item i on i.id = f.item_id
			join committee_meeting m on m.id = i.meeting_id""";

	/** What the secretary writes for a new follow-up; the assignee is a person (with the name kept) or a department. */
	public record FollowUpDraft(String what, UUID assigneePersonId, String assigneeName, LocalDate dueOn) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	CommitteeFollowUps(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The item's follow-ups, earliest due first. */
	public List<FollowUp> ofItem(UUID itemId) {
		return jdbc.sql(FOLLOW_UP + " where f.item_id = :item order by f.due_on, f.created_at")
			.param("item", itemId)
			.query((rs, n) -> row(rs))
			.list();
	}

	/** The committee's follow-ups that are not done, earliest due first (overdue ones lead). */
	public List<FollowUp> openOf(UUID committeeId) {
		return jdbc.sql(FOLLOW_UP + " where m.committee_id = :committee and f.status <> 'DONE'"
				+ " order by f.due_on, m.meets_on, i.number, f.created_at")
			.param("committee", committeeId)
			.query((rs, n) -> row(rs))
			.list();
	}

	/** The committee's follow-ups done, latest first, so the committee sees what was closed. */
	public List<FollowUp> doneOf(UUID committeeId, int limit) {
		return jdbc.sql(FOLLOW_UP + " where m.committee_id = :committee and f.status = 'DONE'"
				+ " order by f.status_noted_on desc nulls last, f.updated_at desc limit :limit")
			.param("committee", committeeId)
			.param("limit", limit)
			.query((rs, n) -> row(rs))
			.list();
	}

	public Optional<FollowUp> followUp(UUID id) {
		return jdbc.sql(FOLLOW_UP + " where f.id = :id").param("id", id).query((rs, n) -> row(rs)).optional();
	}

	/**
	 * Adds a follow-up to a decided item.
	 * @throws FollowUpRefusedException "not-decided" while the item has no decision
	 */
	@Transactional
	public UUID add(UUID itemId, FollowUpDraft draft) {
		String state = jdbc.sql("select state from agenda_item where id = :id for update")
			.param("id", itemId)
			.query(String.class)
			.optional()
			.orElseThrow(CommitteeNotFoundException::new);
		if (!ItemState.valueOf(state).decided()) {
			throw new FollowUpRefusedException("not-decided");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into committee_follow_up (id, municipality_code, item_id, what, assignee_person_id, assignee_name, due_on)
				select :id, municipality_code, id, :what, :person, :name, :due from agenda_item where id = :item""")
			.param("id", id).param("item", itemId).param("what", draft.what().strip())
			.param("person", draft.assigneePersonId()).param("name", draft.assigneeName().strip())
			.param("due", draft.dueOn())
			.update();
		return id;
	}

	/**
	 * Reports where a follow-up stands: a new status, a dated note, or both, as {@link FollowUpRules} allows.
	 * @throws FollowUpRefusedException with the rule's reason
	 */
	@Transactional
	public void report(UUID id, FollowUpStatus status, String note) {
		FollowUpStatus current = jdbc.sql("select status from committee_follow_up where id = :id for update")
			.param("id", id)
			.query((rs, n) -> FollowUpStatus.valueOf(rs.getString("status")))
			.optional()
			.orElseThrow(CommitteeNotFoundException::new);
		FollowUpRules.refusal(current, status, note).ifPresent(reason -> {
			throw new FollowUpRefusedException(reason);
		});
		boolean noted = note != null && !note.isBlank();
		jdbc.sql("""
				update committee_follow_up set status = :status, updated_at = now(),
				       status_note = case when :noted then :note else status_note end,
				       status_noted_on = case when :noted then :today else status_noted_on end
				where id = :id""")
			.param("id", id).param("status", status.name()).param("noted", noted)
			.param("note", noted ? note.strip() : "").param("today", today())
			.update();
	}

	private static FollowUp row(ResultSet rs) throws SQLException {
		return new FollowUp(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class), rs.getInt("number"),
				rs.getString("title"), rs.getObject("meeting_id", UUID.class), rs.getObject("meets_on", LocalDate.class),
				rs.getString("what"), rs.getObject("assignee_person_id", UUID.class), rs.getString("assignee_name"),
				rs.getObject("due_on", LocalDate.class), FollowUpStatus.valueOf(rs.getString("status")),
				rs.getString("status_note"), rs.getObject("status_noted_on", LocalDate.class));
	}
}
