package dk.traedesten.trials.overview;

/** What an agreement makes due: the baseline measurement, the first status report, the evaluation. */
public enum DueKind {
	BASELINE, STATUS, EVALUATION
}
