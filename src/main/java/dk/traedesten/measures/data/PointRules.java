package dk.traedesten.measures.data;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.traedesten.measures.IndicatorKind;
import dk.traedesten.measures.Period;

/**
 * What a series' points must be, by the indicator's kind: a proportion or a rate needs a denominator above 0 for
 * every value, a proportion's numerator is at most its denominator, a count is whole and at least 0, a scale mean
 * lies on its scale when the unit names one ("skala 1–5"). Every point is dated by the first day of its period.
 */
public record PointRules(IndicatorKind kind, Period period, Double scaleLow, Double scaleHigh) {

	private static final Pattern SCALE = Pattern.compile("(-?\\d+(?:[.,]\\d+)?)\\s*[–—-]\\s*(-?\\d+(?:[.,]\\d+)?)");

	/** The rules for a series of the kind and period; a scale mean takes its bounds from the unit, e.g. "1–5". */
	public static PointRules of(IndicatorKind kind, String unit, Period period) {
		Double low = null;
		Double high = null;
		Matcher scale = SCALE.matcher(unit == null ? "" : unit);
		if (kind == IndicatorKind.SCALE_MEAN && scale.find()) {
			low = Double.parseDouble(scale.group(1).replace(',', '.'));
			high = Double.parseDouble(scale.group(2).replace(',', '.'));
		}
		return new PointRules(kind, period, low, high);
	}

	/** Whether a file must have the column. */
	public boolean requires(Column column) {
		return column == Column.PERIOD || column == Column.VALUE
				|| column == Column.DENOMINATOR && kind.needsDenominator();
	}

	/** Whether the series has the column at all: a kind without a denominator has no use for one. */
	public boolean uses(Column column) {
		return column != Column.DENOMINATOR || kind.needsDenominator();
	}

	boolean hasScale() {
		return scaleLow != null && scaleHigh != null;
	}
}
