package dk.traedesten.measures.chart;

import java.util.List;

/**
 * Everything a chart shows, already in the reader's language and with suppression applied: an id unique on the
 * page (the SVG's title and description are referenced by it), the title, the text alternative, the value axis
 * label (e.g. "Fravær (%)"), the target if one is shown, the points and the notes. Lines are drawn where the
 * points carry them: a suppressed series simply has no centre line or limits on its points.
 */
public record ChartInput(String id, String title, String description, String valueLabel, Double target,
		List<ChartPoint> points, List<ChartNote> notes) {

	public ChartInput {
		points = List.copyOf(points);
		notes = List.copyOf(notes);
	}
}
