package dk.traedesten.spc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Mean, median and sample standard deviation over lists that hold no missing values. */
final class Stats {

	private Stats() {
	}

	static Double mean(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		double s = 0;
		for (double v : values) {
			s += v;
		}
		return s / values.size();
	}

	static Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	static Double sd(List<Double> values) {
		if (values.size() < 2) {
			return null;
		}
		double m = mean(values);
		double ss = 0;
		for (double v : values) {
			ss += (v - m) * (v - m);
		}
		return Math.sqrt(ss / (values.size() - 1));
	}
}
