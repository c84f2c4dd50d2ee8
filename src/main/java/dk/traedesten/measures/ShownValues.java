package dk.traedesten.measures;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * A point's value as the pages show it: a proportion in per cent of its denominator, a rate per unit of its
 * exposure, a mean or a count as entered. Plain Java, so the list, the series page and their tests agree.
 */
public final class ShownValues {

	private ShownValues() {
	}

	/** The shown value, or empty when the period is missing or lacks the denominator its kind needs. */
	public static Optional<Double> of(IndicatorKind kind, SeriesPoint point) {
		if (point.value() == null) {
			return Optional.empty();
		}
		if (!kind.needsDenominator()) {
			return Optional.of(point.value() * kind.multiply());
		}
		if (point.denominator() == null || point.denominator() <= 0) {
			return Optional.empty();
		}
		return Optional.of(point.value() / point.denominator() * kind.multiply());
	}

	/** The number in the reader's language, to the precision the kind is read at (a count whole, a mean to 2 places). */
	public static String format(IndicatorKind kind, double value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		int decimals = decimals(kind, value);
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(value);
	}

	private static int decimals(IndicatorKind kind, double value) {
		return switch (kind) {
			case PROPORTION -> 1;
			case SCALE_MEAN, RATE -> 2;
			case COUNT -> value == Math.rint(value) ? 0 : 1;
		};
	}
}
