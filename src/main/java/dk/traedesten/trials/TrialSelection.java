package dk.traedesten.trials;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.traedesten.trials.TrialTransitions.Actor;
import dk.traedesten.trials.internal.TrialRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Selection, first version (issue 4, item 6): the coordinator sends eligible applications to review and marks
 * each selected or not selected with a reason the applicants are told. The committee's review with conflicts
 * of interest will replace this class behind the same methods.
 */
@Service
@Transactional
public class TrialSelection {

	/** Where a call's selection stands against its target. */
	public record Tally(int eligible, int inReview, int selected, int notSelected, int target) {

		public boolean targetReached() {
			return selected >= target;
		}
	}

	static final Set<TrialState> CANDIDATES = EnumSet.of(TrialState.ELIGIBLE, TrialState.IN_REVIEW,
			TrialState.SELECTED, TrialState.NOT_SELECTED);

	private final TrialTransitions transitions;

	private final TrialRepository trials;

	private final TrialCalls calls;

	TrialSelection(TrialTransitions transitions, TrialRepository trials, TrialCalls calls) {
		this.transitions = transitions;
		this.trials = trials;
		this.calls = calls;
	}

	/** The call's applications that are eligible, in review or decided: the undecided first, then by title. */
	@Transactional(readOnly = true)
	public List<TrialRepository.Summary> candidates(UUID callId) {
		return trials.summaries(callId)
			.stream()
			.filter(summary -> CANDIDATES.contains(summary.state()))
			.sorted(java.util.Comparator.comparing(TrialRepository.Summary::state).thenComparing(TrialRepository.Summary::title))
			.toList();
	}

	@Transactional(readOnly = true)
	public Tally tally(UUID callId) {
		TrialCall call = calls.find(callId).orElseThrow(TrialNotFoundException::new);
		Map<TrialState, Long> counts = trials.summaries(callId)
			.stream()
			.collect(Collectors.groupingBy(TrialRepository.Summary::state, Collectors.counting()));
		Function<TrialState, Integer> count = state -> counts.getOrDefault(state, 0L).intValue();
		// A selected trial that has gone on to its agreement and beyond, closed included, still counts as selected.
		int selected = counts.entrySet()
			.stream()
			.filter(entry -> entry.getKey().active() || entry.getKey() == TrialState.CLOSED)
			.mapToInt(entry -> entry.getValue().intValue())
			.sum();
		return new Tally(count.apply(TrialState.ELIGIBLE), count.apply(TrialState.IN_REVIEW), selected,
				count.apply(TrialState.NOT_SELECTED), call.targetCount());
	}

	public TrialState startReview(UUID trialId, Actor actor) {
		return transitions.apply(trialId, TrialAction.START_REVIEW, actor, "");
	}

	/** Marks the application selected; the reason goes to the applicants. */
	public TrialState select(UUID trialId, Actor actor, String reason) {
		return decide(trialId, TrialAction.SELECT, actor, reason);
	}

	public TrialState notSelect(UUID trialId, Actor actor, String reason) {
		return decide(trialId, TrialAction.NOT_SELECT, actor, reason);
	}

	/** Takes a decision back into review, before the agreement is made. */
	public TrialState reconsider(UUID trialId, Actor actor, String reason) {
		return decide(trialId, TrialAction.RECONSIDER, actor, reason);
	}

	private TrialState decide(UUID trialId, TrialAction action, Actor actor, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new TrialRefusedException("reason", "trials.selection.error.reason");
		}
		TrialApplications.refuseCpr("reason", reason);
		TrialState state = transitions.apply(trialId, action, actor, reason);
		trials.storeSelectionReason(trialId, action == TrialAction.RECONSIDER ? null : reason.strip());
		return state;
	}
}
