package dk.traedesten.measures.chart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The value axis: a range widened to round ticks (steps of 1, 2 or 5 times a power of ten, about five of them)
 * so that the labels read as numbers a person would write, and the decimals those ticks need.
 */
record ValueScale(double low, double high, double step) {

	private static final int TICKS = 5;

	static ValueScale of(Collection<Double> values) {
		double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
		double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
		if (max - min < 1e-9) {
			double pad = Math.abs(max) > 1e-9 ? Math.abs(max) * 0.1 : 1;
			min -= pad;
			max += pad;
		}
		double step = niceStep((max - min) / TICKS);
		double low = Math.floor(min / step + 1e-9) * step;
		double high = Math.ceil(max / step - 1e-9) * step;
		if (high - low < step) {
			high = low + step;
		}
		return new ValueScale(low, high, step);
	}

	static double niceStep(double rough) {
		double power = Math.pow(10, Math.floor(Math.log10(rough)));
		double fraction = rough / power;
		double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
		return nice * power;
	}

	List<Double> ticks() {
		List<Double> ticks = new ArrayList<>();
		long count = Math.round((high - low) / step);
		for (long i = 0; i <= count; i++) {
			ticks.add(low + i * step);
		}
		return ticks;
	}

	/** Decimals the tick labels need: none for whole steps, one for 0.5 or 0.2, two for 0.05. */
	int decimals() {
		return Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
	}

	/** The position of {@code value} from 0 (low) to 1 (high). */
	double fraction(double value) {
		return (value - low) / (high - low);
	}
}
