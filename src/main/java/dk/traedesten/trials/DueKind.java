package dk.traedesten.trials;

/**
 * What a trial's agreement makes due: the baseline measurement, the first status report and the evaluation.
 * The reminders and the coordinator's list of deadlines both speak of these.
 */
public enum DueKind {
	BASELINE, STATUS, EVALUATION
}
