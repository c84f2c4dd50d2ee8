package dk.traedesten.measures.data;

import java.time.LocalDate;
import java.util.List;

import dk.traedesten.measures.IndicatorKind;
import dk.traedesten.measures.SeriesPoint;

/**
 * Reads one row's cells into a point by {@link PointRules}, adding a problem for every cell that is wrong (not only
 * the first) and answering null if there was any. The cells are given by column, already trimmed, "" when empty.
 */
final class RowReader {

	private final PointRules rules;

	private final DecimalStyle style;

	private final String[] names;

	private final int[] indexes;

	/**
	 * @param names each column's name as the file or the grid shows it, by {@link Column#ordinal()}
	 * @param indexes each column's position in the file, by ordinal (for the problem's place)
	 */
	RowReader(PointRules rules, DecimalStyle style, String[] names, int[] indexes) {
		this.rules = rules;
		this.style = style;
		this.names = names;
		this.indexes = indexes;
	}

	SeriesPoint read(int row, String[] cells, List<CellProblem> problems) {
		int before = problems.size();
		LocalDate period = period(row, cells[Column.PERIOD.ordinal()], problems);
		String valueText = cells[Column.VALUE.ordinal()];
		Double value = valueText.isEmpty() ? null : value(row, valueText, problems);
		Double denominator = denominator(row, cells[Column.DENOMINATOR.ordinal()], !valueText.isEmpty(), problems);
		if (value != null && denominator != null && rules.kind() == IndicatorKind.PROPORTION && value > denominator) {
			problems.add(problem(row, Column.VALUE, "above-denominator", valueText, cells[Column.DENOMINATOR.ordinal()]));
		}
		Integer children = whole(row, Column.CHILDREN, cells[Column.CHILDREN.ordinal()], problems);
		boolean baseline = flag(row, Column.BASELINE, cells[Column.BASELINE.ordinal()], problems);
		boolean phase = flag(row, Column.PHASE, cells[Column.PHASE.ordinal()], problems);
		if (problems.size() > before) {
			return null;
		}
		return new SeriesPoint(period, value, denominator, children, baseline, phase);
	}

	private LocalDate period(int row, String text, List<CellProblem> problems) {
		if (text.isEmpty()) {
			problems.add(problem(row, Column.PERIOD, "required", text));
			return null;
		}
		LocalDate date = DanishDates.parse(text);
		if (date == null) {
			problems.add(problem(row, Column.PERIOD, "not-a-date", text));
			return null;
		}
		return PeriodStarts.of(rules.period(), date);
	}

	private Double value(int row, String text, List<CellProblem> problems) {
		double value = DanishNumbers.parse(text, style);
		String reason = null;
		if (Double.isNaN(value)) {
			reason = "not-a-number";
		}
		else if (rules.kind() == IndicatorKind.COUNT && (value < 0 || value != Math.rint(value))) {
			reason = "not-whole";
		}
		else if (rules.kind() == IndicatorKind.SCALE_MEAN && rules.hasScale()
				&& (value < rules.scaleLow() || value > rules.scaleHigh())) {
			problems.add(problem(row, Column.VALUE, "outside-scale", text, Numbers.plain(rules.scaleLow()),
					Numbers.plain(rules.scaleHigh())));
			return null;
		}
		else if (rules.kind() != IndicatorKind.SCALE_MEAN && value < 0) {
			reason = "negative";
		}
		if (reason != null) {
			problems.add(problem(row, Column.VALUE, reason, text));
			return null;
		}
		return value;
	}

	/** A denominator is needed where the kind has one and the row has a value; where it has none it must be empty. */
	private Double denominator(int row, String text, boolean valueTyped, List<CellProblem> problems) {
		if (!rules.uses(Column.DENOMINATOR)) {
			if (!text.isEmpty()) {
				problems.add(problem(row, Column.DENOMINATOR, "not-used", text));
			}
			return null;
		}
		if (text.isEmpty()) {
			if (valueTyped) {
				problems.add(problem(row, Column.DENOMINATOR, "required", text));
			}
			return null;
		}
		double denominator = DanishNumbers.parse(text, style);
		if (Double.isNaN(denominator) || denominator <= 0) {
			problems.add(problem(row, Column.DENOMINATOR, "not-positive", text));
			return null;
		}
		return denominator;
	}

	private Integer whole(int row, Column column, String text, List<CellProblem> problems) {
		if (text.isEmpty()) {
			return null;
		}
		double number = DanishNumbers.parse(text, style);
		if (Double.isNaN(number) || number < 0 || number != Math.rint(number) || number > Integer.MAX_VALUE) {
			problems.add(problem(row, column, "not-whole", text));
			return null;
		}
		return (int) number;
	}

	private boolean flag(int row, Column column, String text, List<CellProblem> problems) {
		Boolean flag = Flags.parse(text);
		if (flag == null) {
			problems.add(problem(row, column, "not-a-flag", text));
			return false;
		}
		return flag;
	}

	CellProblem problem(int row, Column column, String reason, Object... arguments) {
		return new CellProblem(row, names[column.ordinal()], indexes[column.ordinal()], reason, List.of(arguments));
	}
}
