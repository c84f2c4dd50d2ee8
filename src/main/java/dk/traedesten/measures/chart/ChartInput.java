package dk.traedesten.measures.chart;

import java.util.List;

import dk.traedesten.measures.Direction;

/**
 * Everything a chart shows, already in the reader's language and with suppression applied: the title, the
 * value axis label (e.g. "Fravær (%)"), the chart type's name (e.g. "p-kort"), which way is better, the
 * target if any, the points and the notes. When {@code limitsShown} is false (a run chart, or a suppressed
 * series) no centre line or limits are drawn.
 */
public record ChartInput(String title, String valueLabel, String chartName, Direction direction, Double target,
		List<ChartPoint> points, List<ChartNote> notes, boolean limitsShown) {

	public ChartInput {
		points = List.copyOf(points);
		notes = List.copyOf(notes);
	}
}
