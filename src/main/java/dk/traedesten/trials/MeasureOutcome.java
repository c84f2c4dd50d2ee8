package dk.traedesten.trials;

/**
 * What a measure of the improvement model looks at: one of the outcomes the strategy names, or another. Kept
 * apart from {@link Outcome}, which reports' effects use and which has no "other".
 */
public enum MeasureOutcome {
	WELL_BEING, ABSENCE, FRIENDSHIPS, ACADEMIC, OTHER
}
