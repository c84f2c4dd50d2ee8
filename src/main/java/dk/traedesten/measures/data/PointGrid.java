package dk.traedesten.measures.data;

import java.util.List;

/**
 * Reads the points typed into the entry grid by the same rules as a file: the grid's columns are {@link Column}'s,
 * in its order, and its rows are numbered from 1 as the page shows them.
 */
public final class PointGrid {

	private PointGrid() {
	}

	/**
	 * @param rows each row's cells by {@link Column#ordinal()}, as typed
	 * @param columnNames each column's name as the grid shows it, for the problems
	 */
	public static PointImportResult read(List<String[]> rows, String[] columnNames, PointRules rules,
			DecimalStyle style) {
		PointTable table = new PointTable(rules, style);
		table.grid(columnNames);
		for (int i = 0; i < rows.size(); i++) {
			String[] cells = rows.get(i);
			table.row(i + 1, cells, cells.length);
		}
		PointImportResult result = table.result();
		if (result.rows() == 0) {
			// An emptied grid is a series without points, which the user may mean.
			return new PointImportResult(List.of(), List.of(), 0, List.of());
		}
		return result;
	}
}
