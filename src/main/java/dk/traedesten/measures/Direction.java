package dk.traedesten.measures;

/** Which way an indicator improves: well-being up, absence down. */
public enum Direction {
	HIGHER_IS_BETTER, LOWER_IS_BETTER;

	/** Whether a move from {@code before} to {@code after} is an improvement (equal is not). */
	public boolean improves(double before, double after) {
		return this == HIGHER_IS_BETTER ? after > before : after < before;
	}
}
