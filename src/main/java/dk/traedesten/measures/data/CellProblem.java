package dk.traedesten.measures.data;

import java.util.List;

/**
 * One rejected cell, told as a message key and its arguments so the page can say it in the reader's language:
 * {@code measure-data.problem.<reason>}, whose first argument is the cell as typed.
 *
 * @param row the row as a spreadsheet numbers it (the header is row 1), or the grid's row; 0 for the whole file
 * @param column the column as the file or the grid names it; null for the whole row or file
 * @param columnIndex the column's position, counted from 0, or -1 when the problem is not one cell's
 * @param reason the last part of the message key, e.g. {@code not-positive}
 */
public record CellProblem(int row, String column, int columnIndex, String reason, List<Object> arguments) {

	public CellProblem {
		arguments = List.copyOf(arguments);
	}

	static CellProblem ofFile(String reason, Object... arguments) {
		return new CellProblem(0, null, -1, reason, List.of(arguments));
	}

	public String messageKey() {
		return "measure-data.problem." + reason;
	}

	/** The arguments as a message formatter takes them. */
	public Object[] argumentArray() {
		return arguments.toArray();
	}

	/** Whether the problem belongs to one cell (rather than the file or a row). */
	public boolean atCell() {
		return row > 0 && column != null;
	}
}
