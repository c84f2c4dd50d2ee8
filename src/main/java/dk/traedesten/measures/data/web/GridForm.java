package dk.traedesten.measures.data.web;

import java.util.ArrayList;
import java.util.List;

import dk.traedesten.measures.SeriesPoint;
import dk.traedesten.measures.data.Column;
import dk.traedesten.measures.data.Dates;
import dk.traedesten.measures.data.DecimalStyle;
import dk.traedesten.measures.data.Numbers;

/** The entry grid as typed: text in every cell, so a wrong cell comes back exactly as it was written. */
class GridForm {

	private List<Row> rows = new ArrayList<>();

	/** The series' points as the grid shows them, and some empty rows to add to. */
	static GridForm of(List<SeriesPoint> points, DecimalStyle style, int emptyRows) {
		GridForm form = new GridForm();
		for (SeriesPoint point : points) {
			Row row = new Row();
			row.period = Dates.danish(point.periodStart());
			row.value = written(point.value(), style);
			row.denominator = written(point.denominator(), style);
			row.children = point.children() == null ? "" : point.children().toString();
			row.baseline = point.baseline();
			row.phase = point.phaseStart();
			form.rows.add(row);
		}
		form.addEmpty(emptyRows);
		return form;
	}

	void addEmpty(int count) {
		for (int i = 0; i < count; i++) {
			rows.add(new Row());
		}
	}

	/** Each row's cells by {@link Column#ordinal()}. */
	List<String[]> cells() {
		return rows.stream().map(Row::cells).toList();
	}

	private static String written(Double number, DecimalStyle style) {
		String danish = Numbers.danish(number);
		return style == DecimalStyle.COMMA ? danish : danish.replace(',', '.');
	}

	public List<Row> getRows() {
		return rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	public static class Row {

		private String period = "";

		private String value = "";

		private String denominator = "";

		private String children = "";

		private boolean baseline;

		private boolean phase;

		String[] cells() {
			String[] cells = new String[Column.values().length];
			cells[Column.PERIOD.ordinal()] = text(period);
			cells[Column.VALUE.ordinal()] = text(value);
			cells[Column.DENOMINATOR.ordinal()] = text(denominator);
			cells[Column.CHILDREN.ordinal()] = text(children);
			// A box left unticked says nothing: only a ticked one makes an otherwise empty row count.
			cells[Column.BASELINE.ordinal()] = baseline ? "ja" : "";
			cells[Column.PHASE.ordinal()] = phase ? "ja" : "";
			return cells;
		}

		/** The cell's text as typed, for the grid's inputs. */
		public String cell(Column column) {
			return switch (column) {
				case PERIOD -> text(period);
				case VALUE -> text(value);
				case DENOMINATOR -> text(denominator);
				case CHILDREN -> text(children);
				case BASELINE -> baseline ? "true" : "";
				case PHASE -> phase ? "true" : "";
			};
		}

		private static String text(String typed) {
			return typed == null ? "" : typed;
		}

		public String getPeriod() {
			return period;
		}

		public void setPeriod(String period) {
			this.period = period;
		}

		public String getValue() {
			return value;
		}

		public void setValue(String value) {
			this.value = value;
		}

		public String getDenominator() {
			return denominator;
		}

		public void setDenominator(String denominator) {
			this.denominator = denominator;
		}

		public String getChildren() {
			return children;
		}

		public void setChildren(String children) {
			this.children = children;
		}

		public boolean isBaseline() {
			return baseline;
		}

		public void setBaseline(boolean baseline) {
			this.baseline = baseline;
		}

		public boolean isPhase() {
			return phase;
		}

		public void setPhase(boolean phase) {
			this.phase = phase;
		}
	}
}
