package dk.traedesten.trials.followup;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.trials.Outcome;
import dk.traedesten.trials.TrialAction;
import dk.traedesten.trials.TrialDecision;
import dk.traedesten.trials.TrialTransitions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Status reports and evaluations: saved as drafts, then submitted, which moves the trial on (REPORT_STATUS,
 * EVALUATE). The coordinator closes an evaluated trial with the decision, stored on the trial.
 */
@Service
public class TrialReports {

	private final JdbcClient jdbc;

	private final TrialTransitions transitions;

	TrialReports(JdbcClient jdbc, TrialTransitions transitions) {
		this.jdbc = jdbc;
		this.transitions = transitions;
	}

	@Transactional(readOnly = true)
	public Optional<TrialReport> find(UUID trialId, ReportKind kind) {
		return jdbc.sql("""
				select id, summary, sustainability, sustainability_rating, durability, durability_rating,
				       transferability, transferability_rating, decision, decision_reason, submitted_at
				from trial_report where trial_id = :trial and kind = :kind""")
			.param("trial", trialId)
			.param("kind", kind.name())
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				String decision = rs.getString("decision");
				return new TrialReport(kind, effects(id), rs.getString("summary"), rs.getString("sustainability"),
						(Integer) rs.getObject("sustainability_rating"), rs.getString("durability"),
						(Integer) rs.getObject("durability_rating"), rs.getString("transferability"),
						(Integer) rs.getObject("transferability_rating"),
						decision == null ? null : TrialDecision.valueOf(decision), rs.getString("decision_reason"),
						rs.getObject("submitted_at", OffsetDateTime.class));
			})
			.optional();
	}

	/** Saves the report as a draft; a submitted report is not changed any more. */
	@Transactional
	public void saveDraft(FollowUpTrial trial, TrialReport report) {
		if (!ReportRules.forDraft(report).isEmpty()) {
			throw new IllegalArgumentException("The report breaks its rules");
		}
		write(trial, report, null);
	}

	/** Saves and submits the report, and moves the trial on: status reported, or evaluated. */
	@Transactional
	public void submit(FollowUpTrial trial, TrialReport report, TrialTransitions.Actor actor) {
		if (!ReportRules.forSubmission(report).isEmpty()) {
			throw new IllegalArgumentException("The report is not complete");
		}
		transitions.apply(trial.id(), report.kind() == ReportKind.STATUS ? TrialAction.REPORT_STATUS
				: TrialAction.EVALUATE, actor, "");
		write(trial, report, actor.personId());
	}

	/** Closes the evaluated trial with the coordinator's decision, kept on the trial and its evaluation. */
	@Transactional
	public void close(FollowUpTrial trial, TrialDecision decision, String reason, TrialTransitions.Actor actor) {
		FreeTextRules.requireNoCpr(Map.of("reason", reason == null ? "" : reason));
		transitions.apply(trial.id(), TrialAction.CLOSE, actor, reason);
		jdbc.sql("update trial set decision = :decision where id = :id")
			.param("decision", decision.name())
			.param("id", trial.id())
			.update();
		jdbc.sql("update trial_report set decision = :decision where trial_id = :id and kind = 'EVALUATION'")
			.param("decision", decision.name())
			.param("id", trial.id())
			.update();
	}

	private void write(FollowUpTrial trial, TrialReport report, UUID submittedBy) {
		UUID id = jdbc.sql("""
				insert into trial_report (id, municipality_code, trial_id, kind, summary, sustainability,
				    sustainability_rating, durability, durability_rating, transferability, transferability_rating,
				    decision, decision_reason, submitted_at, submitted_by)
				values (:id, :code, :trial, :kind, :summary, :sustainability, :sustainabilityRating, :durability,
				    :durabilityRating, :transferability, :transferabilityRating, :decision, :reason,
				    case when :submitted then now() end, :by)
				on conflict (trial_id, kind) do update set summary = excluded.summary,
				    sustainability = excluded.sustainability, sustainability_rating = excluded.sustainability_rating,
				    durability = excluded.durability, durability_rating = excluded.durability_rating,
				    transferability = excluded.transferability, transferability_rating = excluded.transferability_rating,
				    decision = excluded.decision, decision_reason = excluded.decision_reason,
				    submitted_at = excluded.submitted_at, submitted_by = excluded.submitted_by, updated_at = now()
				where trial_report.submitted_at is null
				returning id""")
			.param("id", UUID.randomUUID())
			.param("code", trial.municipalityCode())
			.param("trial", trial.id())
			.param("kind", report.kind().name())
			.param("summary", strip(report.summary()))
			.param("sustainability", strip(report.sustainability()))
			.param("sustainabilityRating", report.sustainabilityRating())
			.param("durability", strip(report.durability()))
			.param("durabilityRating", report.durabilityRating())
			.param("transferability", strip(report.transferability()))
			.param("transferabilityRating", report.transferabilityRating())
			.param("decision", report.kind() == ReportKind.EVALUATION && report.decision() != null
					? report.decision().name() : null)
			.param("reason", strip(report.decisionReason()))
			.param("submitted", submittedBy != null)
			.param("by", submittedBy)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new IllegalStateException("The report is already submitted"));
		jdbc.sql("delete from trial_report_effect where report_id = :report").param("report", id).update();
		report.effects().forEach((outcome, effect) -> {
			if (effect.direction() == null) {
				return;
			}
			jdbc.sql("""
					insert into trial_report_effect (id, municipality_code, report_id, outcome, direction, description)
					values (:id, :code, :report, :outcome, :direction, :description)""")
				.param("id", UUID.randomUUID())
				.param("code", trial.municipalityCode())
				.param("report", id)
				.param("outcome", outcome.name())
				.param("direction", effect.direction().name())
				.param("description", strip(effect.description()))
				.update();
		});
	}

	private Map<Outcome, TrialReport.Effect> effects(UUID reportId) {
		Map<Outcome, TrialReport.Effect> effects = new EnumMap<>(Outcome.class);
		jdbc.sql("select outcome, direction, description from trial_report_effect where report_id = :report")
			.param("report", reportId)
			.query((rs, row) -> effects.put(Outcome.valueOf(rs.getString("outcome")),
					new TrialReport.Effect(EffectDirection.valueOf(rs.getString("direction")),
							rs.getString("description"))))
			.list();
		return effects;
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}
}
