package dk.traedesten.measures.chart;

import dk.traedesten.measures.Direction;
import dk.traedesten.spc.Analysis;
import dk.traedesten.spc.PartSummary;

/**
 * The NHS "Making Data Count" assurance icon: where the target lies against the latest part's process limits
 * (their mean, as limits vary with the denominator). Both limits on the good side of the target: the process
 * will meet it consistently; both on the bad side: it will fail consistently; the target between them: hit and
 * miss. No icon without a target or without limits (a run chart).
 */
public enum AssuranceBadge {
	CONSISTENTLY_MEETS, CONSISTENTLY_FAILS, HIT_AND_MISS, NO_TARGET;

	public static AssuranceBadge of(Analysis analysis, Direction direction, Double target) {
		if (target == null || analysis.summary().isEmpty()) {
			return NO_TARGET;
		}
		PartSummary latest = analysis.summary().get(analysis.summary().size() - 1);
		Double lower = latest.aLcl();
		Double upper = latest.aUcl();
		if (lower == null || upper == null || lower.isNaN() || upper.isNaN()) {
			return NO_TARGET;
		}
		// A target on a limit counts as on that limit's side: a value at the limit meets it, and a process
		// reaches beyond its limits too rarely to count on it.
		boolean higher = direction == Direction.HIGHER_IS_BETTER;
		if (higher ? target <= lower : target >= upper) {
			return CONSISTENTLY_MEETS;
		}
		if (higher ? target >= upper : target <= lower) {
			return CONSISTENTLY_FAILS;
		}
		return HIT_AND_MISS;
	}
}
