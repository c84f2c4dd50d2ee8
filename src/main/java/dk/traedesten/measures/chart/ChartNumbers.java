package dk.traedesten.measures.chart;

import java.text.NumberFormat;
import java.util.Locale;

import dk.traedesten.measures.IndicatorKind;

import org.springframework.context.MessageSource;

/**
 * Numbers as the reader writes them (decimal comma in Danish), with the decimals the kind needs: one for per
 * cents, counts and rates, two for a 1–5 scale mean; per cents carry their sign, and differences a true minus.
 */
final class ChartNumbers {

	private final NumberFormat format;

	private final IndicatorKind kind;

	private final MessageSource messages;

	private final Locale locale;

	ChartNumbers(IndicatorKind kind, MessageSource messages, Locale locale) {
		this.kind = kind;
		this.messages = messages;
		this.locale = locale;
		this.format = NumberFormat.getNumberInstance(locale);
		int decimals = kind == IndicatorKind.SCALE_MEAN || kind == IndicatorKind.RATE ? 2 : 1;
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		format.setGroupingUsed(false);
	}

	/** A number alone, empty when missing. */
	String plain(Double value) {
		return value == null || value.isNaN() ? "" : format.format(value).replace('-', '−');
	}

	/** A value with its unit, e.g. "6,1 %" for a proportion. */
	String value(Double value) {
		if (value == null || value.isNaN()) {
			return "";
		}
		return kind == IndicatorKind.PROPORTION
				? messages.getMessage("measure-charts.percent", new Object[] { plain(value) }, locale) : plain(value);
	}

	/** A difference with its sign always written: "+0,12", "−2,1". */
	String signed(double value) {
		String text = plain(Math.abs(value));
		boolean zero = plain(0.0).equals(text);
		return zero ? text : (value < 0 ? "−" : "+") + text;
	}

	/** A ratio, always with two decimals. */
	String ratio(double value) {
		NumberFormat ratio = NumberFormat.getNumberInstance(locale);
		ratio.setMinimumFractionDigits(2);
		ratio.setMaximumFractionDigits(2);
		return ratio.format(value);
	}
}
