package dk.traedesten.measures.chart;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The lines of a chart, drawn part by part so that a new part starts its own: the data line (broken where a
 * value is missing or suppressed), the centre line and the two control limits, each labelled with its value at
 * the right end of the last part.
 */
final class ChartLines {

	private ChartLines() {
	}

	static void draw(SvgWriter svg, List<ChartPoint> points, Function<Integer, Double> x, Function<Double, Double> y,
			double slot, NumberFormat number) {
		List<List<Integer>> parts = parts(points);
		for (int p = 0; p < parts.size(); p++) {
			List<Integer> part = parts.get(p);
			boolean runs = points.get(part.get(0)).runsSignal();
			String clClass = "chart-cl" + (runs ? " chart-runs-signal" : "");
			line(svg, "chart-lcl", points, part, ChartPoint::lcl, x, y, slot, ChartSvg.GREY, 1.2, "5 4");
			line(svg, "chart-ucl", points, part, ChartPoint::ucl, x, y, slot, ChartSvg.GREY, 1.2, "5 4");
			line(svg, clClass, points, part, ChartPoint::cl, x, y, slot, runs ? ChartSvg.SIGNAL : ChartSvg.GREY,
					runs ? 2 : 1.5, runs ? "10 5" : null);
			data(svg, points, part, x, y);
			if (p == parts.size() - 1) {
				ChartPoint last = points.get(part.get(part.size() - 1));
				label(svg, "chart-ucl-label", last.ucl(), y, number, ChartSvg.GREY);
				label(svg, "chart-cl-label", last.cl(), y, number, runs ? ChartSvg.SIGNAL : ChartSvg.GREY);
				label(svg, "chart-lcl-label", last.lcl(), y, number, ChartSvg.GREY);
			}
		}
	}

	static List<List<Integer>> parts(List<ChartPoint> points) {
		List<List<Integer>> parts = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			if (i == 0 || points.get(i).part() != points.get(i - 1).part()) {
				parts.add(new ArrayList<>());
			}
			parts.get(parts.size() - 1).add(i);
		}
		return parts;
	}

	private static void line(SvgWriter svg, String cssClass, List<ChartPoint> points, List<Integer> part,
			Function<ChartPoint, Double> value, Function<Integer, Double> x, Function<Double, Double> y, double slot,
			String stroke, double width, String dash) {
		List<Integer> drawn = part.stream().filter(i -> usable(value.apply(points.get(i)))).toList();
		if (drawn.isEmpty()) {
			return;
		}
		StringBuilder coordinates = new StringBuilder();
		if (drawn.size() == 1) {
			int i = drawn.get(0);
			double vy = y.apply(value.apply(points.get(i)));
			coordinates.append(SvgWriter.n(x.apply(i) - slot / 3)).append(',').append(SvgWriter.n(vy)).append(' ')
				.append(SvgWriter.n(x.apply(i) + slot / 3)).append(',').append(SvgWriter.n(vy));
		}
		else {
			for (int i : drawn) {
				coordinates.append(coordinates.isEmpty() ? "" : " ").append(SvgWriter.n(x.apply(i))).append(',')
					.append(SvgWriter.n(y.apply(value.apply(points.get(i)))));
			}
		}
		svg.polyline(cssClass, coordinates.toString(), stroke, width, dash);
	}

	private static void data(SvgWriter svg, List<ChartPoint> points, List<Integer> part, Function<Integer, Double> x,
			Function<Double, Double> y) {
		StringBuilder run = new StringBuilder();
		for (int i : part) {
			ChartPoint point = points.get(i);
			if (point.suppressed() || !usable(point.y())) {
				flush(svg, run);
				continue;
			}
			run.append(run.isEmpty() ? "" : " ").append(SvgWriter.n(x.apply(i))).append(',')
				.append(SvgWriter.n(y.apply(point.y())));
		}
		flush(svg, run);
	}

	private static void flush(SvgWriter svg, StringBuilder run) {
		if (run.indexOf(" ") > 0) {
			svg.polyline("chart-data", run.toString(), ChartSvg.DATA, 1.5, null);
		}
		run.setLength(0);
	}

	private static void label(SvgWriter svg, String cssClass, Double value, Function<Double, Double> y,
			NumberFormat number, String fill) {
		if (usable(value)) {
			NumberFormat precise = (NumberFormat) number.clone();
			precise.setMaximumFractionDigits(Math.max(1, number.getMaximumFractionDigits() + 1));
			precise.setMinimumFractionDigits(precise.getMaximumFractionDigits());
			svg.text(cssClass, ChartSvg.RIGHT + 6, y.apply(value) + 4, "start", 11, fill, precise.format(value), null);
		}
	}

	private static boolean usable(Double value) {
		return value != null && !value.isNaN() && !value.isInfinite();
	}
}
