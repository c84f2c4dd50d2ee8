package dk.traedesten.trials.followup.web;

/** The trial's state does not allow this follow-up action now. */
class NotOpenException extends RuntimeException {

	NotOpenException() {
		super("Not allowed in the trial's current state");
	}
}
