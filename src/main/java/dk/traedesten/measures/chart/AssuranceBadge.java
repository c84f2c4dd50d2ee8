package dk.traedesten.measures.chart;

import dk.traedesten.measures.Direction;
import dk.traedesten.spc.Analysis;

/**
 * The NHS "Making Data Count" assurance icon: whether the latest part's process limits say the target will be
 * met consistently, missed consistently, or sometimes either; none without a target or limits.
 */
public enum AssuranceBadge {
	CONSISTENTLY_MEETS, CONSISTENTLY_FAILS, HIT_AND_MISS, NO_TARGET;

	public static AssuranceBadge of(Analysis analysis, Direction direction, Double target) {
		throw new UnsupportedOperationException("decided in the chart work");
	}
}
