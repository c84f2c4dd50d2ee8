package dk.traedesten.measures.chart;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Draws a chart as SVG in the qicharts2 look: points joined by a line, the centre line, the control limits
 * dashed, parts separated, signals marked, notes numbered. Owned by the chart work (issue 5, item 6).
 */
public final class ChartSvg {

	private ChartSvg() {
	}

	/** A standalone SVG document (with {@code role="img"}, a title and a description) for the input. */
	public static String render(ChartInput input, MessageSource messages, Locale locale) {
		throw new UnsupportedOperationException("drawn in the chart work");
	}
}
