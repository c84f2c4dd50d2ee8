package dk.traedesten.measures.effect;

import java.util.ArrayList;
import java.util.List;

import dk.traedesten.measures.SeriesPoint;

/**
 * The two sides compared: the baseline (the points marked baseline, or when none are, the points before the
 * first phase start) and the latest part (the points from the last phase start on, or when there are no
 * phases, the points after the last baseline point). A point with no value, or with no positive denominator
 * where the kind needs one, is left out: it carries nothing to pool.
 */
record EffectSides(List<SeriesPoint> before, List<SeriesPoint> after) {

	static EffectSides of(List<SeriesPoint> points, boolean needsDenominator) {
		int firstPhase = -1;
		int lastPhase = -1;
		int lastBaseline = -1;
		for (int i = 0; i < points.size(); i++) {
			// A phase start on the first point splits nothing, as in SeriesAnalysis.
			if (points.get(i).phaseStart() && i > 0) {
				firstPhase = firstPhase < 0 ? i : firstPhase;
				lastPhase = i;
			}
			if (points.get(i).baseline()) {
				lastBaseline = i;
			}
		}
		List<SeriesPoint> before = new ArrayList<>();
		List<SeriesPoint> after = new ArrayList<>();
		int afterFrom = lastPhase >= 0 ? lastPhase : lastBaseline + 1;
		for (int i = 0; i < points.size(); i++) {
			SeriesPoint point = points.get(i);
			if (!usable(point, needsDenominator)) {
				continue;
			}
			boolean isBaseline = lastBaseline >= 0 ? point.baseline() : firstPhase >= 0 && i < firstPhase;
			if (isBaseline) {
				before.add(point);
			}
			else if (i >= afterFrom && (lastBaseline >= 0 || firstPhase >= 0)) {
				after.add(point);
			}
		}
		return new EffectSides(before, after);
	}

	private static boolean usable(SeriesPoint point, boolean needsDenominator) {
		if (point.value() == null || !Double.isFinite(point.value())) {
			return false;
		}
		return !needsDenominator || point.denominator() != null && point.denominator() > 0;
	}
}
