package dk.traedesten.trials.followup;

/** The dates an agreement fixes and the reminders are about. */
public enum DueKind {
	BASELINE, STATUS, EVALUATION
}
