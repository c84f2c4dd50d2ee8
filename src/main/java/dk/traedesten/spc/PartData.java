package dk.traedesten.spc;

import java.util.ArrayList;
import java.util.List;

/**
 * The points of one part as a chart's limits see them: plotted values, numerators (y.sum), denominators, subgroup sizes
 * (y.length) and standard deviations, and which points are base points (in the baseline and not excluded).
 */
record PartData(List<Double> y, List<Double> ySum, List<Double> n, List<Integer> sizes, List<Double> sds,
		List<Boolean> base, Double knownCl, boolean categorical) {

	int size() {
		return y.size();
	}

	/** The plotted values of the base points in order, missing ones kept. */
	List<Double> baseValues() {
		List<Double> values = new ArrayList<>();
		for (int i = 0; i < size(); i++) {
			if (base.get(i)) {
				values.add(y.get(i));
			}
		}
		return values;
	}

	/** The non-missing plotted values of the base points. */
	List<Double> presentBaseValues() {
		return baseValues().stream().filter(v -> v != null).toList();
	}

	/** The same limits for every point. */
	List<Limits> constant(Limits limits) {
		List<Limits> all = new ArrayList<>();
		for (int i = 0; i < size(); i++) {
			all.add(limits);
		}
		return all;
	}
}
