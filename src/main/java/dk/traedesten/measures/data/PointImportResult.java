package dk.traedesten.measures.data;

import java.util.List;

import dk.traedesten.measures.SeriesPoint;

/**
 * What a file or grid gave: the points when every cell was accepted, else none and every problem, in row order.
 *
 * @param rows the rows with data (blank rows not counted)
 * @param ignoredColumns headers the series has no use for (e.g. a "bemærkning" column), shown on the preview
 */
public record PointImportResult(List<SeriesPoint> points, List<CellProblem> problems, int rows,
		List<String> ignoredColumns) {

	public boolean accepted() {
		return problems.isEmpty();
	}
}
