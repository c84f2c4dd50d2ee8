package dk.traedesten.spc;

import java.util.Arrays;

/** Mean, median and sample standard deviation of the first {@code length} values, none missing; NaN if undefined. */
final class Stats {

	private Stats() {
	}

	static double mean(double[] values, int length) {
		if (length == 0) {
			return Double.NaN;
		}
		double s = 0;
		for (int i = 0; i < length; i++) {
			s += values[i];
		}
		return s / length;
	}

	/** Sorts the values in place. */
	static double median(double[] values, int length) {
		if (length == 0) {
			return Double.NaN;
		}
		Arrays.sort(values, 0, length);
		return length % 2 == 1 ? values[length / 2] : (values[length / 2 - 1] + values[length / 2]) / 2;
	}

	static double sd(double[] values, int length) {
		return length < 2 ? Double.NaN : sd(values, length, mean(values, length));
	}

	/** With the values' mean already at hand. */
	static double sd(double[] values, int length, double mean) {
		if (length < 2) {
			return Double.NaN;
		}
		double ss = 0;
		for (int i = 0; i < length; i++) {
			ss += (values[i] - mean) * (values[i] - mean);
		}
		return Math.sqrt(ss / (length - 1));
	}
}
