package dk.traedesten.measures.effect;

/** The estimate suited to the indicator's kind (issue 5, item 7). */
public enum EffectMethod {
	/**
	 * Proportions: the after proportion minus the before one from the pooled counts, in percentage points, with
	 * Newcombe's hybrid score interval.
	 */
	DIFFERENCE_IN_PROPORTIONS,
	/** Scale means: the after mean of period means minus the before one, Welch interval. */
	DIFFERENCE_IN_MEANS,
	/** Counts per exposure (and counts per period): after rate / before rate, log-scale (Poisson) interval. */
	RATE_RATIO
}
