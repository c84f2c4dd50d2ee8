package dk.traedesten.spc;

import java.util.List;

/** The result of an analysis: one summary row per part and one point per subgroup. */
public record Analysis(List<PartSummary> summary, List<Point> points) {

	public Analysis {
		summary = List.copyOf(summary);
		points = List.copyOf(points);
	}
}
