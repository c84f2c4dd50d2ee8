package dk.traedesten.spc;

import java.util.ArrayList;
import java.util.List;

/** Moving ranges of a sequence, and their screened average (qicharts2's default). */
final class MovingRanges {

	private MovingRanges() {
	}

	/** |v[i] − v[i−1]| for i ≥ 1; missing where either value is missing. */
	static List<Double> of(List<Double> values) {
		List<Double> ranges = new ArrayList<>();
		for (int i = 1; i < values.size(); i++) {
			Double a = values.get(i - 1);
			Double b = values.get(i);
			ranges.add(a == null || b == null ? null : Math.abs(b - a));
		}
		return ranges;
	}

	/** Average of the non-missing ranges, then again over those below 3.267 × that average. */
	static Double screenedAverage(List<Double> ranges) {
		List<Double> present = ranges.stream().filter(r -> r != null).toList();
		Double first = Stats.mean(present);
		if (first == null) {
			return null;
		}
		double bound = 3.267 * first;
		return Stats.mean(present.stream().filter(r -> r < bound).toList());
	}
}
