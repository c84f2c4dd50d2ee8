package dk.traedesten.measures.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The first sheet of an Excel workbook (.xlsx), streamed. A cell Excel holds as a date becomes the date; a number
 * becomes its digits with a decimal comma; text is read as typed, the Danish way. The sheet's row numbers are
 * the ones the user sees in Excel.
 */
final class XlsxRows {

	private XlsxRows() {
	}

	static PointImportResult read(byte[] content, PointRules rules) {
		PointTable table = new PointTable(rules, DecimalStyle.COMMA);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
				new ReadingOptions(true, false))) {
			Sheet sheet = workbook.getFirstSheet();
			try (Stream<Row> rows = sheet.openStream()) {
				Iterator<Row> iterator = rows.iterator();
				boolean header = true;
				String[] cells = new String[16];
				while (iterator.hasNext()) {
					Row row = iterator.next();
					int size = row.getCellCount();
					if (size > cells.length) {
						cells = new String[size];
					}
					for (int i = 0; i < size; i++) {
						cells[i] = text(row.getCell(i));
					}
					if (header) {
						if (blank(cells, size)) {
							continue;
						}
						List<String> names = new ArrayList<>(size);
						for (int i = 0; i < size; i++) {
							names.add(cells[i]);
						}
						if (!table.header(names)) {
							return table.result();
						}
						header = false;
						continue;
					}
					table.row(row.getRowNum(), cells, size);
				}
				if (header) {
					return new PointImportResult(List.of(), List.of(CellProblem.ofFile("empty-file")), 0, List.of());
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return new PointImportResult(List.of(), List.of(CellProblem.ofFile("unreadable-xlsx")), 0, List.of());
		}
		return table.result();
	}

	private static boolean blank(String[] cells, int size) {
		for (int i = 0; i < size; i++) {
			if (!cells[i].isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static String text(Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER) {
			if (isDate(cell.getDataFormatString())) {
				return Dates.danish(cell.asDate().toLocalDate());
			}
			BigDecimal number = cell.asNumber();
			return number.stripTrailingZeros().toPlainString().replace('.', ',');
		}
		if (cell.getType() == CellType.BOOLEAN) {
			return Boolean.TRUE.equals(cell.asBoolean()) ? "ja" : "nej";
		}
		String text = cell.getText();
		return text == null ? "" : text;
	}

	/** Excel marks a date only by its number format: one with day, month or year letters outside quotes. */
	static boolean isDate(String format) {
		if (format == null) {
			return false;
		}
		String plain = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]", "").toLowerCase(Locale.ROOT);
		return plain.contains("d") || plain.contains("m") && plain.contains("y") || plain.contains("yy");
	}
}
