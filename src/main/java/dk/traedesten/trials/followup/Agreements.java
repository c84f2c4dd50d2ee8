package dk.traedesten.trials.followup;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.trials.TrialAction;
import dk.traedesten.trials.TrialTransitions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Makes and reads trial agreements; making one moves the trial from selected to agreement made. */
@Service
public class Agreements {

	private final JdbcClient jdbc;

	private final TrialTransitions transitions;

	Agreements(JdbcClient jdbc, TrialTransitions transitions) {
		this.jdbc = jdbc;
		this.transitions = transitions;
	}

	@Transactional(readOnly = true)
	public Optional<Agreement> find(UUID trialId) {
		List<Agreement.DataCollection> plan = jdbc.sql("""
				select what, how, timing, responsible from trial_data_collection
				where trial_id = :trial order by position""")
			.param("trial", trialId)
			.query(Agreement.DataCollection.class)
			.list();
		return jdbc.sql("""
				select starts_on, baseline_on, status_due_on, evaluation_due_on, notes, agreed_at
				from trial_agreement where trial_id = :trial""")
			.param("trial", trialId)
			.query((rs, row) -> new Agreement(rs.getObject("starts_on", java.time.LocalDate.class),
					rs.getObject("baseline_on", java.time.LocalDate.class),
					rs.getObject("status_due_on", java.time.LocalDate.class),
					rs.getObject("evaluation_due_on", java.time.LocalDate.class), rs.getString("notes"), plan,
					rs.getObject("agreed_at", java.time.OffsetDateTime.class)))
			.optional();
	}

	/**
	 * Records the agreement and moves the trial on, in one transaction. The caller has checked the person and
	 * {@link AgreementRules}; the rules are checked again so no CPR number reaches the database.
	 */
	@Transactional
	public void make(FollowUpTrial trial, Agreement agreement, TrialTransitions.Actor actor) {
		if (!AgreementRules.check(agreement).isEmpty()) {
			throw new IllegalArgumentException("The agreement breaks its rules");
		}
		transitions.apply(trial.id(), TrialAction.MAKE_AGREEMENT, actor, "");
		jdbc.sql("""
				insert into trial_agreement (trial_id, municipality_code, starts_on, baseline_on, status_due_on,
				    evaluation_due_on, notes, agreed_by)
				values (:trial, :code, :starts, :baseline, :status, :evaluation, :notes, :by)""")
			.param("trial", trial.id())
			.param("code", trial.municipalityCode())
			.param("starts", agreement.startsOn())
			.param("baseline", agreement.baselineOn())
			.param("status", agreement.statusDueOn())
			.param("evaluation", agreement.evaluationDueOn())
			.param("notes", strip(agreement.notes()))
			.param("by", actor.personId())
			.update();
		int position = 0;
		for (Agreement.DataCollection row : agreement.plan()) {
			if (row.blank()) {
				continue;
			}
			jdbc.sql("""
					insert into trial_data_collection (id, municipality_code, trial_id, position, what, how, timing, responsible)
					values (:id, :code, :trial, :position, :what, :how, :timing, :responsible)""")
				.param("id", UUID.randomUUID())
				.param("code", trial.municipalityCode())
				.param("trial", trial.id())
				.param("position", position++)
				.param("what", row.what().strip())
				.param("how", row.how().strip())
				.param("timing", row.timing().strip())
				.param("responsible", row.responsible().strip())
				.update();
		}
	}

	/** Starts the trial once its agreement is made. */
	@Transactional
	public void start(FollowUpTrial trial, TrialTransitions.Actor actor) {
		transitions.apply(trial.id(), TrialAction.START, actor, "");
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}
}
