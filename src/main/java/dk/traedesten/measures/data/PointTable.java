package dk.traedesten.measures.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dk.traedesten.measures.SeriesPoint;

/**
 * The rows of one file or one grid on their way to a series: the header says which column is where, each row
 * becomes a point or problems, and two rows in one period are refused, the later one named. All or nothing: the
 * points are given only if no cell was rejected.
 */
public final class PointTable {

	private final PointRules rules;

	private final DecimalStyle style;

	private final List<CellProblem> problems = new ArrayList<>();

	private final List<SeriesPoint> points = new ArrayList<>();

	/** Per point, its epoch day in the high half and its row in the low half, sorted at the end to find twins. */
	private long[] periods = new long[1024];

	private final List<String> ignored = new ArrayList<>();

	private final String[] cells = new String[Column.values().length];

	private int[] positions;

	private RowReader reader;

	private int rows;

	public PointTable(PointRules rules, DecimalStyle style) {
		this.rules = rules;
		this.style = style;
	}

	/** Takes the header row; false (with a problem) when a needed column is missing or one is named twice. */
	boolean header(List<String> headers) {
		String[] names = new String[Column.values().length];
		int[] indexes = new int[Column.values().length];
		Arrays.fill(indexes, -1);
		positions = new int[headers.size()];
		for (int i = 0; i < headers.size(); i++) {
			String header = headers.get(i) == null ? "" : headers.get(i).strip();
			Column column = header.isEmpty() ? null : Column.named(header);
			positions[i] = -1;
			if (column == null) {
				if (!header.isEmpty()) {
					ignored.add(header);
				}
				continue;
			}
			if (indexes[column.ordinal()] >= 0) {
				problems.add(CellProblem.ofFile("duplicate-column", header));
				continue;
			}
			indexes[column.ordinal()] = i;
			names[column.ordinal()] = header;
			positions[i] = column.ordinal();
		}
		for (Column column : Column.values()) {
			if (indexes[column.ordinal()] < 0) {
				names[column.ordinal()] = column.templateHeader();
				if (rules.requires(column)) {
					problems.add(CellProblem.ofFile("missing-column", column.templateHeader()));
				}
			}
		}
		reader = new RowReader(rules, style, names, indexes);
		return problems.isEmpty();
	}

	/** For the grid: the columns are its own, named as it shows them. */
	void grid(String[] names) {
		int[] indexes = new int[Column.values().length];
		positions = new int[indexes.length];
		for (int i = 0; i < indexes.length; i++) {
			indexes[i] = i;
			positions[i] = i;
		}
		reader = new RowReader(rules, style, names, indexes);
	}

	/** Takes one row of cells in file order; a row with every cell empty is skipped. */
	void row(int number, String[] values, int count) {
		Arrays.fill(cells, "");
		boolean blank = true;
		for (int i = 0; i < count; i++) {
			String value = values[i] == null ? "" : values[i].strip();
			if (value.isEmpty()) {
				continue;
			}
			blank = false;
			if (i >= positions.length) {
				problems.add(new CellProblem(number, null, -1, "too-many-cells", List.of(value)));
				return;
			}
			if (positions[i] >= 0) {
				cells[positions[i]] = value;
			}
		}
		if (blank) {
			return;
		}
		rows++;
		SeriesPoint point = reader.read(number, cells, problems);
		if (point != null) {
			if (points.size() == periods.length) {
				periods = Arrays.copyOf(periods, periods.length * 2);
			}
			periods[points.size()] = point.periodStart().toEpochDay() << 32 | number;
			points.add(point);
		}
	}

	/** The points, or the problems of every rejected cell in row order. */
	public PointImportResult result() {
		if (rows == 0 && problems.isEmpty()) {
			problems.add(CellProblem.ofFile("no-rows"));
		}
		twins();
		if (!problems.isEmpty()) {
			problems.sort(java.util.Comparator.comparingInt(CellProblem::row).thenComparingInt(CellProblem::columnIndex));
			return new PointImportResult(List.of(), List.copyOf(problems), rows, List.copyOf(ignored));
		}
		return new PointImportResult(points, List.of(), rows, List.copyOf(ignored));
	}

	/** The period as typed is not kept per row (a million rows): the message names the period's first day. */
	private void twins() {
		long[] sorted = Arrays.copyOf(periods, points.size());
		Arrays.sort(sorted);
		for (int i = 1; i < sorted.length; i++) {
			long day = sorted[i] >> 32;
			if (day == sorted[i - 1] >> 32) {
				int row = (int) sorted[i];
				int first = (int) sorted[i - 1];
				// The first row of a run of twins is the one kept in the message of each later one.
				for (int j = i - 1; j > 0 && sorted[j - 1] >> 32 == day; j--) {
					first = (int) sorted[j - 1];
				}
				problems.add(reader.problem(row, Column.PERIOD, "duplicate-period",
						Dates.danish(LocalDate.ofEpochDay(day)), first));
			}
		}
	}

	PointRules rules() {
		return rules;
	}
}
