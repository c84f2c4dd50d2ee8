package dk.traedesten.trials;

import static dk.traedesten.trials.TrialAction.CLOSE;
import static dk.traedesten.trials.TrialAction.EVALUATE;
import static dk.traedesten.trials.TrialAction.FIND_ELIGIBLE;
import static dk.traedesten.trials.TrialAction.FIND_INELIGIBLE;
import static dk.traedesten.trials.TrialAction.MAKE_AGREEMENT;
import static dk.traedesten.trials.TrialAction.NOT_SELECT;
import static dk.traedesten.trials.TrialAction.RECONSIDER;
import static dk.traedesten.trials.TrialAction.REOPEN;
import static dk.traedesten.trials.TrialAction.REPORT_STATUS;
import static dk.traedesten.trials.TrialAction.SELECT;
import static dk.traedesten.trials.TrialAction.START;
import static dk.traedesten.trials.TrialAction.START_REVIEW;
import static dk.traedesten.trials.TrialAction.SUBMIT;
import static dk.traedesten.trials.TrialState.AGREEMENT_MADE;
import static dk.traedesten.trials.TrialState.CLOSED;
import static dk.traedesten.trials.TrialState.DRAFT;
import static dk.traedesten.trials.TrialState.ELIGIBLE;
import static dk.traedesten.trials.TrialState.EVALUATED;
import static dk.traedesten.trials.TrialState.INELIGIBLE;
import static dk.traedesten.trials.TrialState.IN_REVIEW;
import static dk.traedesten.trials.TrialState.NOT_SELECTED;
import static dk.traedesten.trials.TrialState.RUNNING;
import static dk.traedesten.trials.TrialState.SELECTED;
import static dk.traedesten.trials.TrialState.STATUS_REPORTED;
import static dk.traedesten.trials.TrialState.SUBMITTED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lifecycle of DOMAIN.md §3 as an explicit state machine: draft → submitted → (ineligible | eligible) →
 * in review → (selected | not selected) → agreement made → running → status reported → evaluated → closed.
 * An ineligible application can be reopened as a draft and submitted again; a selection can be reconsidered
 * until the agreement is made.
 */
public final class TrialLifecycle {

	/** One legal move: the action from a state and the state it leads to. */
	public record Transition(TrialState from, TrialAction action, TrialState to) {
	}

	private static final List<Transition> TRANSITIONS = List.of(new Transition(DRAFT, SUBMIT, SUBMITTED),
			new Transition(SUBMITTED, FIND_ELIGIBLE, ELIGIBLE), new Transition(SUBMITTED, FIND_INELIGIBLE, INELIGIBLE),
			new Transition(INELIGIBLE, REOPEN, DRAFT), new Transition(ELIGIBLE, START_REVIEW, IN_REVIEW),
			new Transition(IN_REVIEW, SELECT, SELECTED), new Transition(IN_REVIEW, NOT_SELECT, NOT_SELECTED),
			new Transition(SELECTED, RECONSIDER, IN_REVIEW), new Transition(NOT_SELECTED, RECONSIDER, IN_REVIEW),
			new Transition(SELECTED, MAKE_AGREEMENT, AGREEMENT_MADE), new Transition(AGREEMENT_MADE, START, RUNNING),
			new Transition(RUNNING, REPORT_STATUS, STATUS_REPORTED),
			new Transition(STATUS_REPORTED, EVALUATE, EVALUATED), new Transition(EVALUATED, CLOSE, CLOSED));

	private static final Map<TrialState, Map<TrialAction, TrialState>> NEXT = new EnumMap<>(TrialState.class);

	static {
		for (Transition transition : TRANSITIONS) {
			NEXT.computeIfAbsent(transition.from(), state -> new EnumMap<>(TrialAction.class))
				.put(transition.action(), transition.to());
		}
	}

	private TrialLifecycle() {
	}

	/** The state the action leads to, or empty when the action is not legal from {@code from}. */
	public static Optional<TrialState> next(TrialState from, TrialAction action) {
		return Optional.ofNullable(NEXT.getOrDefault(from, Map.of()).get(action));
	}

	/** The state the action leads to; an illegal action is refused with the states named. */
	public static TrialState apply(TrialState from, TrialAction action) {
		return next(from, action).orElseThrow(() -> new IllegalTransitionException(from, action));
	}

	/** The actions that are legal from a state, in the order the lifecycle runs. */
	public static Set<TrialAction> actionsFrom(TrialState state) {
		Set<TrialAction> actions = EnumSet.noneOf(TrialAction.class);
		actions.addAll(NEXT.getOrDefault(state, Map.of()).keySet());
		return actions;
	}

	public static List<Transition> transitions() {
		return TRANSITIONS;
	}
}
