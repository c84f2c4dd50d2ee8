package dk.traedesten.trials.followup;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A trial's qualitative notes and children's statements, newest first. */
@Service
public class TrialNotes {

	private final JdbcClient jdbc;

	TrialNotes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<TrialNote> of(UUID trialId) {
		return jdbc.sql("""
				select id, kind, text, group_description, noted_on, element_ids from trial_note
				where trial_id = :trial order by noted_on desc, created_at desc""")
			.param("trial", trialId)
			.query((rs, row) -> new TrialNote(rs.getObject("id", UUID.class), NoteKind.valueOf(rs.getString("kind")),
					rs.getString("text"),
					rs.getString("group_description").isEmpty() ? null
							: ChildGroup.valueOf(rs.getString("group_description")),
					rs.getObject("noted_on", java.time.LocalDate.class), PdsaCycles.uuids(rs, "element_ids")))
			.list();
	}

	@Transactional
	public UUID add(FollowUpTrial trial, TrialNote note, UUID authorId) {
		FreeTextRules.requireNoCpr(Map.of("text", note.text()));
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into trial_note (id, municipality_code, trial_id, kind, text, group_description, noted_on,
				    element_ids, created_by)
				values (:id, :code, :trial, :kind, :text, :group, :noted, :elements, :by)""")
			.param("id", id)
			.param("code", trial.municipalityCode())
			.param("trial", trial.id())
			.param("kind", note.kind().name())
			.param("text", note.text().strip())
			.param("group", note.kind() == NoteKind.CHILD_STATEMENT && note.group() != null ? note.group().name() : "")
			.param("noted", note.notedOn())
			.param("elements", note.elementIds().toArray(UUID[]::new))
			.param("by", authorId)
			.update();
		return id;
	}
}
