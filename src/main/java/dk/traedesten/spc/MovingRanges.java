package dk.traedesten.spc;

/** Moving ranges of a sequence, and their screened average (qicharts2's default). */
final class MovingRanges {

	private static final double SCREEN = 3.267;

	private MovingRanges() {
	}

	/** |v[i] − v[i−1]| for i ≥ 1, missing where either value is missing; the first point has none. */
	static double[] of(double[] values, int count, double[] ranges) {
		if (count > 0) {
			ranges[0] = Double.NaN;
		}
		for (int i = 1; i < count; i++) {
			ranges[i] = Math.abs(values[i] - values[i - 1]);
		}
		return ranges;
	}

	/**
	 * The ranges between consecutive base points of {@code from … to − 1} (a missing value breaks the chain): their
	 * average, then again over those below 3.267 × that average.
	 */
	static double screenedAverage(double[] values, boolean[] base, int from, int to) {
		double first = average(values, base, from, to, Double.POSITIVE_INFINITY, false);
		if (Double.isNaN(first)) {
			return Double.NaN;
		}
		return average(values, base, from, to, SCREEN * first, true);
	}

	private static double average(double[] values, boolean[] base, int from, int to, double bound, boolean screened) {
		double sum = 0;
		int count = 0;
		double previous = Double.NaN;
		boolean started = false;
		for (int i = from; i < to; i++) {
			if (!base[i]) {
				continue;
			}
			if (started) {
				double range = Math.abs(values[i] - previous);
				if (!Double.isNaN(range) && (!screened || range < bound)) {
					sum += range;
					count++;
				}
			}
			previous = values[i];
			started = true;
		}
		return count == 0 ? Double.NaN : sum / count;
	}
}
