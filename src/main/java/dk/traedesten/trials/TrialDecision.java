package dk.traedesten.trials;

/** The decision an evaluation closes a trial with: spread it (into the catalogue), adapt and test again, or stop. */
public enum TrialDecision {
	SPREAD, ADAPT_AND_RETEST, STOP
}
