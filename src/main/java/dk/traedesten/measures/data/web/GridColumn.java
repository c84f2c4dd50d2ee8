package dk.traedesten.measures.data.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dk.traedesten.measures.Series;
import dk.traedesten.measures.data.Column;
import dk.traedesten.measures.data.PointRules;

/** A column of the grid as the page shows it: its label in the reader's language, and whether it is a tick box. */
record GridColumn(Column column, String label) {

	public String key() {
		return column.name().toLowerCase(Locale.ROOT);
	}

	public boolean flag() {
		return column == Column.BASELINE || column == Column.PHASE;
	}

	public boolean number() {
		return column == Column.VALUE || column == Column.DENOMINATOR || column == Column.CHILDREN;
	}

	/** The input's id in row {@code index} (from 0), which the error summary links to. */
	public String inputId(int index) {
		return "rows" + index + "-" + key();
	}

	/** The series' columns: a kind without a denominator has none; the value is named by the kind. */
	static List<GridColumn> of(Series series, ProblemMessages messages, Locale locale) {
		PointRules rules = EditableSeries.rules(series);
		return Arrays.stream(Column.values())
			.filter(rules::uses)
			.map(column -> new GridColumn(column, messages.text(column == Column.VALUE
					? "measure-data.column.VALUE." + series.indicator().kind().name()
					: "measure-data.column." + column.name(), locale)))
			.toList();
	}

	/** Every column's label by {@link Column#ordinal()}, for the problems' column names. */
	static String[] names(Series series, ProblemMessages messages, Locale locale) {
		String[] names = new String[Column.values().length];
		for (Column column : Column.values()) {
			names[column.ordinal()] = column.templateHeader();
		}
		of(series, messages, locale).forEach(column -> names[column.column().ordinal()] = column.label());
		return names;
	}
}
