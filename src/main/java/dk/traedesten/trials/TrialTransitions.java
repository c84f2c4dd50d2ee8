package dk.traedesten.trials;

import java.util.List;
import java.util.UUID;

import dk.traedesten.trials.internal.TrialStateStore;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves trials through their lifecycle. Every move is checked against {@link TrialLifecycle}, recorded with
 * who, when and the comment, and published as {@link TrialTransitioned} in the same transaction. Callers check
 * that the person may take the action (see {@link TrialAccess}); this service checks that the trial may.
 */
@Service
public class TrialTransitions {

	/** Who moves the trial: a person, or the platform itself (personId null) such as the eligibility check. */
	public record Actor(UUID personId, String name) {

		public static Actor platform() {
			return new Actor(null, "Trædesten");
		}
	}

	/** A recorded transition, as the trial's timeline shows it. */
	public record TimelineEntry(TrialState from, TrialState to, java.time.OffsetDateTime occurredAt, String actorName,
			String comment) {
	}

	private final TrialStateStore store;

	private final ApplicationEventPublisher events;

	TrialTransitions(TrialStateStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	/**
	 * Takes the action and returns the new state.
	 * @throws IllegalTransitionException when the action is not legal from the trial's state
	 * @throws TrialNotFoundException when the trial is not the current tenant's
	 * @throws IllegalArgumentException when the action needs a comment and none was given
	 */
	@Transactional
	public TrialState apply(UUID trialId, TrialAction action, Actor actor, String comment) {
		TrialStateStore.Locked trial = store.lock(trialId).orElseThrow(TrialNotFoundException::new);
		if (action.needsComment() && (comment == null || comment.isBlank())) {
			throw new IllegalArgumentException(action + " needs a comment");
		}
		TrialState to = TrialLifecycle.apply(trial.state(), action);
		store.move(trial, to, actor.personId(), actor.name(), comment);
		events.publishEvent(new TrialTransitioned(trialId, trial.municipalityCode(), trial.state(), action, to,
				actor.personId(), comment == null ? "" : comment.strip()));
		return to;
	}

	@Transactional(readOnly = true)
	public List<TimelineEntry> timeline(UUID trialId) {
		return store.timeline(trialId)
			.stream()
			.map(row -> new TimelineEntry(row.fromState(), row.toState(), row.occurredAt(), row.actorName(),
					row.comment()))
			.toList();
	}
}
