package dk.traedesten.measures.chart;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;

/**
 * Draws a chart as SVG in the qicharts2 look: a light grid, the points joined by a line, a grey solid centre line
 * (dashed and red when the part has a runs signal), grey dashed control limits, each part with its own lines and
 * a separator, points with a sigma signal as red diamonds instead of circles (shape as well as colour), notes
 * numbered at their points and listed below, the target as a green dotted line. Colours keep at least 4.5:1
 * against white. Presentation attributes only (no {@code style}), which the content security policy allows
 * inline; every element that carries meaning has a {@code chart-} class, which the tests read.
 */
public final class ChartSvg {

	static final String DATA = "#1f5f8b";

	static final String GREY = "#595959";

	static final String SIGNAL = "#b22222";

	static final String TARGET = "#1e7b34";

	static final String TEXT = "#333333";

	static final String GRID = "#e3e3e3";

	static final double WIDTH = 860;

	static final double LEFT = 72;

	static final double RIGHT = WIDTH - 72;

	static final double TOP = 48;

	static final double BOTTOM = TOP + 300;

	/** Beyond this many labels the x axis shows every second, third … label. */
	static final int MAX_LABELS = 26;

	private static final double NOTE_LINE = 18;

	private ChartSvg() {
	}

	/** A standalone SVG document (with {@code role="img"}, a title and a description) for the input. */
	public static String render(ChartInput input, MessageSource messages, Locale locale) {
		List<ChartPoint> points = input.points();
		ValueScale scale = ValueScale.of(values(input));
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		number.setMinimumFractionDigits(scale.decimals());
		number.setMaximumFractionDigits(scale.decimals());
		double slot = (RIGHT - LEFT) / Math.max(1, points.size());
		Function<Integer, Double> x = i -> LEFT + (i + 0.5) * slot;
		Function<Double, Double> y = v -> BOTTOM - scale.fraction(v) * (BOTTOM - TOP);
		double height = BOTTOM + (input.notes().isEmpty() ? 76 : 92 + input.notes().size() * NOTE_LINE);
		SvgWriter svg = new SvgWriter();
		String titleId = input.id() + "-title";
		String descId = input.id() + "-desc";
		svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" class=\"chart-svg\" role=\"img\" width=\""
				+ SvgWriter.n(WIDTH) + "\" height=\"" + SvgWriter.n(height) + "\" viewBox=\"0 0 " + SvgWriter.n(WIDTH)
				+ " " + SvgWriter.n(height) + "\" aria-labelledby=\"" + titleId + "\" aria-describedby=\"" + descId
				+ "\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n");
		svg.raw("<title id=\"" + titleId + "\">" + SvgWriter.escape(input.title()) + "</title>\n");
		svg.raw("<desc id=\"" + descId + "\">" + SvgWriter.escape(input.description()) + "</desc>\n");
		svg.raw("<rect x=\"0\" y=\"0\" width=\"" + SvgWriter.n(WIDTH) + "\" height=\"" + SvgWriter.n(height)
				+ "\" fill=\"#ffffff\"/>\n");
		svg.text("chart-title", LEFT, 26, "start", 15, TEXT, input.title(), "font-weight=\"bold\"");
		grid(svg, scale, y, number);
		svg.text("chart-axis-title", 18, (TOP + BOTTOM) / 2, "middle", 12, TEXT, input.valueLabel(),
				"transform=\"rotate(-90 18 " + SvgWriter.n((TOP + BOTTOM) / 2) + ")\"");
		xLabels(svg, points, x);
		boundaries(svg, points, x, slot, messages, locale);
		ChartLines.draw(svg, points, x, y, slot, number);
		if (input.target() != null) {
			double ty = y.apply(input.target());
			svg.line("chart-target", LEFT, ty, RIGHT, ty, TARGET, 1.5, "2 4");
			svg.text("chart-target-label", RIGHT + 6, ty + 4, "start", 11, TARGET,
					messages.getMessage("measure-charts.svg.target", new Object[] { exact(locale, input.target()) },
							locale),
					null);
		}
		points(svg, points, x, y, messages, locale);
		notes(svg, input, x, y);
		svg.raw("</svg>\n");
		return svg.toString();
	}

	/** A target as it was set (up to two decimals), not rounded to the ticks' decimals. */
	private static String exact(Locale locale, double value) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	private static List<Double> values(ChartInput input) {
		List<Double> values = new ArrayList<>();
		for (ChartPoint point : input.points()) {
			for (Double value : new Double[] { point.y(), point.cl(), point.lcl(), point.ucl() }) {
				if (value != null && !value.isNaN() && !value.isInfinite()) {
					values.add(value);
				}
			}
		}
		if (input.target() != null) {
			values.add(input.target());
		}
		return values;
	}

	private static void grid(SvgWriter svg, ValueScale scale, Function<Double, Double> y, NumberFormat number) {
		for (double tick : scale.ticks()) {
			double ty = y.apply(tick);
			svg.line("chart-grid", LEFT, ty, RIGHT, ty, GRID, 1, null);
			svg.text("chart-tick", LEFT - 6, ty + 4, "end", 11, TEXT, number.format(tick + 0.0), null);
		}
		svg.line("chart-axis", LEFT, BOTTOM, RIGHT, BOTTOM, GREY, 1, null);
	}

	private static void xLabels(SvgWriter svg, List<ChartPoint> points, Function<Integer, Double> x) {
		int every = (points.size() + MAX_LABELS - 1) / MAX_LABELS;
		for (int i = 0; i < points.size(); i++) {
			if (i % Math.max(1, every) != 0) {
				continue;
			}
			double px = x.apply(i);
			svg.line("chart-x-tick", px, BOTTOM, px, BOTTOM + 4, GREY, 1, null);
			double ly = BOTTOM + 14;
			svg.text("chart-x-label", px, ly, "end", 11, TEXT, points.get(i).label(),
					"transform=\"rotate(-45 " + SvgWriter.n(px) + " " + SvgWriter.n(ly) + ")\"");
		}
	}

	/** A line between parts, and a dotted one where a frozen baseline ends within a part. */
	private static void boundaries(SvgWriter svg, List<ChartPoint> points, Function<Integer, Double> x, double slot,
			MessageSource messages, Locale locale) {
		for (int i = 1; i < points.size(); i++) {
			ChartPoint before = points.get(i - 1);
			ChartPoint here = points.get(i);
			double bx = x.apply(i) - slot / 2;
			if (here.part() != before.part()) {
				svg.line("chart-part-boundary", bx, TOP, bx, BOTTOM, GREY, 1, null);
			}
			else if (before.baseline() && !here.baseline()) {
				svg.line("chart-baseline-end", bx, TOP, bx, BOTTOM, GREY, 1, "1 3");
				svg.text("chart-baseline-label", bx, TOP - 5, "middle", 10, TEXT,
						messages.getMessage("measure-charts.svg.baseline", null, locale), null);
			}
		}
	}

	private static void points(SvgWriter svg, List<ChartPoint> points, Function<Integer, Double> x,
			Function<Double, Double> y, MessageSource messages, Locale locale) {
		String small = messages.getMessage("measure-charts.suppressed", null, locale);
		for (int i = 0; i < points.size(); i++) {
			ChartPoint point = points.get(i);
			double px = x.apply(i);
			if (point.suppressed()) {
				svg.text("chart-suppressed", px, BOTTOM - 8, "middle", 11, TEXT, small, "data-index=\"" + i + "\"");
				continue;
			}
			if (point.y() == null || point.y().isNaN()) {
				continue;
			}
			double py = y.apply(point.y());
			if (point.sigmaSignal()) {
				double r = 6;
				svg.raw("<path class=\"chart-point chart-sigma-signal\" data-index=\"" + i + "\" d=\"M"
						+ SvgWriter.n(px) + " " + SvgWriter.n(py - r) + "L" + SvgWriter.n(px + r) + " " + SvgWriter.n(py)
						+ "L" + SvgWriter.n(px) + " " + SvgWriter.n(py + r) + "L" + SvgWriter.n(px - r) + " "
						+ SvgWriter.n(py) + "Z\" fill=\"" + SIGNAL + "\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n");
			}
			else {
				String fill = point.include() ? DATA : "#ffffff";
				svg.raw("<circle class=\"chart-point" + (point.include() ? "" : " chart-excluded") + "\" data-index=\""
						+ i + "\" cx=\"" + SvgWriter.n(px) + "\" cy=\"" + SvgWriter.n(py) + "\" r=\"3.5\" fill=\"" + fill
						+ "\" stroke=\"" + DATA + "\" stroke-width=\"1.5\"/>\n");
			}
		}
	}

	private static void notes(SvgWriter svg, ChartInput input, Function<Integer, Double> x,
			Function<Double, Double> y) {
		for (int n = 0; n < input.notes().size(); n++) {
			ChartNote note = input.notes().get(n);
			String number = Integer.toString(n + 1);
			if (note.pointIndex() >= 0 && note.pointIndex() < input.points().size()) {
				ChartPoint point = input.points().get(note.pointIndex());
				double px = x.apply(note.pointIndex());
				double py = point.y() == null || point.suppressed() ? TOP + 10
						: Math.max(TOP + 10, y.apply(point.y()) - 18);
				svg.raw("<g class=\"chart-note\" data-index=\"" + note.pointIndex() + "\"><circle cx=\""
						+ SvgWriter.n(px) + "\" cy=\"" + SvgWriter.n(py) + "\" r=\"8\" fill=\"" + TEXT + "\"/>");
				svg.text("chart-note-number", px, py + 4, "middle", 10, "#ffffff", number, null);
				svg.raw("</g>\n");
			}
			double ly = BOTTOM + 92 + n * NOTE_LINE;
			svg.text("chart-note-text", LEFT, ly, "start", 11, TEXT, number + "  " + note.text(), null);
		}
	}
}
