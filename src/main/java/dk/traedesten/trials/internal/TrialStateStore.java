package dk.traedesten.trials.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.trials.TrialState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A trial's state and its recorded transitions; row-level security keeps other tenants' trials out. */
@Repository
public class TrialStateStore {

	/** The row a transition works on, locked for the rest of the transaction. */
	public record Locked(UUID id, int municipalityCode, TrialState state) {
	}

	/** One recorded transition, for the timeline. */
	public record Recorded(UUID id, TrialState fromState, TrialState toState, java.time.OffsetDateTime occurredAt,
			UUID actorId, String actorName, String comment) {
	}

	private final JdbcClient jdbc;

	TrialStateStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Locked> lock(UUID trialId) {
		return jdbc.sql("select id, municipality_code, state from trial where id = :id for update")
			.param("id", trialId)
			.query(Locked.class)
			.optional();
	}

	public void move(Locked trial, TrialState to, UUID actorId, String actorName, String comment) {
		move(trial, to, actorId, actorName, comment, null);
	}

	/** Moves the trial; {@code at} backdates the move (imported history), null means now. */
	public void move(Locked trial, TrialState to, UUID actorId, String actorName, String comment,
			java.time.OffsetDateTime at) {
		jdbc.sql("update trial set state = :to, updated_at = coalesce(cast(:at as timestamptz), now()) where id = :id")
			.param("to", to.name())
			.param("id", trial.id())
			.param("at", at)
			.update();
		jdbc.sql("""
				insert into trial_transition (id, municipality_code, trial_id, from_state, to_state, actor_id, actor_name,
				                              comment, occurred_at)
				values (:id, :code, :trial, :from, :to, :actor, :actorName, :comment, coalesce(cast(:at as timestamptz), clock_timestamp()))""")
			.param("at", at)
			.param("id", UUID.randomUUID())
			.param("code", trial.municipalityCode())
			.param("trial", trial.id())
			.param("from", trial.state().name())
			.param("to", to.name())
			.param("actor", actorId)
			.param("actorName", actorName)
			.param("comment", comment == null ? "" : comment.strip())
			.update();
	}

	public List<Recorded> timeline(UUID trialId) {
		return jdbc.sql("""
				select id, from_state, to_state, occurred_at, actor_id, actor_name, comment
				from trial_transition where trial_id = :trial order by occurred_at, id""")
			.param("trial", trialId)
			.query(Recorded.class)
			.list();
	}
}
