package dk.traedesten.trials;

/**
 * An action that the lifecycle does not allow from the trial's current state. The message key
 * {@value #MESSAGE_KEY} takes the action and the state as arguments so the page can explain it in Danish.
 */
public class IllegalTransitionException extends RuntimeException {

	public static final String MESSAGE_KEY = "trials.transition.illegal";

	private final TrialState from;

	private final TrialAction action;

	public IllegalTransitionException(TrialState from, TrialAction action) {
		super(action + " is not allowed from " + from);
		this.from = from;
		this.action = action;
	}

	public TrialState from() {
		return from;
	}

	public TrialAction action() {
		return action;
	}
}
