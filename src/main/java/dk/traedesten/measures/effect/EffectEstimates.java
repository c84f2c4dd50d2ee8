package dk.traedesten.measures.effect;

import java.util.List;
import java.util.Optional;

import dk.traedesten.measures.Indicator;
import dk.traedesten.measures.SeriesPoint;

/**
 * The before/after effect: the baseline (points marked baseline) against the latest part (the points of the
 * last phase, or all points after the baseline when there are no phases). Empty when either side has too few
 * points to estimate. Plain Java, tested against hand-worked examples.
 */
public final class EffectEstimates {

	private EffectEstimates() {
	}

	public static Optional<EffectEstimate> of(Indicator indicator, List<SeriesPoint> points) {
		throw new UnsupportedOperationException("estimated in the effect work");
	}
}
