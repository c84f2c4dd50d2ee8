package dk.traedesten.measures.effect;

/**
 * The before/after effect of a series, in the shown unit (per cent for proportions): the baseline's level,
 * the latest part's level, the estimate (a difference, or a ratio for rates) and its 95 % confidence interval,
 * with the number of periods on each side.
 */
public record EffectEstimate(EffectMethod method, double before, double after, double estimate, double lower,
		double upper, int beforePeriods, int afterPeriods) {
}
