package dk.traedesten.trials.followup;

/** The status report (about six months after the start) and the final evaluation. */
public enum ReportKind {
	STATUS, EVALUATION
}
