package dk.traedesten.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dk.traedesten.spc.ChartType;
import dk.traedesten.spc.Observation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the command's input: a header {@code x,y} or {@code x,y,n} with '.' decimals, or the Danish form with
 * {@code ;} between the cells and a decimal comma, told apart by the header line. UTF-8 (with or without a byte
 * order mark) or Windows-1252, as Danish offices save their files. Rows are numbered as a spreadsheet shows them:
 * the header is row 1. Every rule a chart needs of its numbers is checked here, so the engine only ever sees
 * input it can analyse.
 */
final class ChartCsv {

	private static final Pattern DANISH_NUMBER = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");

	private static final Pattern NUMBER = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

	private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu");

	private static final DateTimeFormatter DANISH_DOTTED_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

	private final CliMessages messages;

	ChartCsv(CliMessages messages) {
		this.messages = messages;
	}

	List<Observation> read(byte[] bytes, ChartType chart) {
		String text = decode(bytes);
		String headerLine = text.lines().findFirst().orElse("");
		boolean danish = headerLine.contains(";");
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(danish ? ';' : ',')
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<CSVRecord> records = parser.getRecords();
			if (records.isEmpty()) {
				throw messages.error("cli.error.empty");
			}
			Map<String, Integer> columns = columns(records.get(0));
			boolean needsN = chart == ChartType.P || chart == ChartType.PP || chart == ChartType.U || chart == ChartType.UP;
			if (needsN && !columns.containsKey("n")) {
				throw messages.error("cli.error.denominatorMissing", chart.name().toLowerCase(Locale.ROOT));
			}
			List<Observation> rows = new ArrayList<>();
			for (int i = 1; i < records.size(); i++) {
				rows.add(row(records.get(i), columns, chart, danish));
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalStateException | UncheckedIOException ex) {
			throw messages.error("cli.error.unreadable", String.valueOf(ex.getMessage()));
		}
	}

	private Map<String, Integer> columns(CSVRecord header) {
		Map<String, Integer> columns = new java.util.HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			columns.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT).replace("\"", ""), i);
		}
		for (String required : List.of("x", "y")) {
			if (!columns.containsKey(required)) {
				throw messages.error("cli.error.columnMissing", required, String.join(",", header.toList()));
			}
		}
		return columns;
	}

	private Observation row(CSVRecord record, Map<String, Integer> columns, ChartType chart, boolean danish) {
		long row = record.getRecordNumber();
		String x = cell(record, columns.get("x"), row, "x");
		Double y = number(cell(record, columns.get("y"), row, "y"), row, "y", danish);
		Double n = columns.containsKey("n") ? number(cell(record, columns.get("n"), row, "n"), row, "n", danish) : null;
		if (n != null && n <= 0) {
			throw messages.error("cli.error.denominatorNotPositive", row, "n", format(n));
		}
		if (y != null) {
			checkValue(chart, y, n, row);
		}
		return new Observation(x == null ? null : isoDate(x), y, n);
	}

	private void checkValue(ChartType chart, double y, Double n, long row) {
		switch (chart) {
			case T -> {
				if (y <= 0) {
					throw messages.error("cli.error.timeNotPositive", row, "y", format(y));
				}
			}
			case C, G, P, PP, U, UP -> {
				if (y < 0) {
					throw messages.error("cli.error.countNegative", row, "y", format(y));
				}
				if ((chart == ChartType.P || chart == ChartType.PP) && n != null && y > n) {
					throw messages.error("cli.error.numeratorAboveDenominator", row, "y", format(y), format(n));
				}
			}
			default -> {
			}
		}
	}

	private String cell(CSVRecord record, int index, long row, String column) {
		if (index >= record.size()) {
			throw messages.error("cli.error.cellMissing", row, column);
		}
		String value = record.get(index).trim();
		return value.isEmpty() || value.equals("NA") ? null : value;
	}

	private Double number(String cell, long row, String column, boolean danish) {
		if (cell == null) {
			return null;
		}
		if (danish && DANISH_NUMBER.matcher(cell).matches()) {
			return Double.valueOf(cell.replace(".", "").replace(',', '.'));
		}
		if (!danish && NUMBER.matcher(cell).matches()) {
			return Double.valueOf(cell);
		}
		throw messages.error(danish ? "cli.error.notADanishNumber" : "cli.error.notANumber", row, column, cell);
	}

	/** Danish dates (24-09-2021, 24.09.2021) become ISO dates, which the engine orders by time. */
	private static String isoDate(String x) {
		for (DateTimeFormatter danish : List.of(DANISH_DATE, DANISH_DOTTED_DATE)) {
			try {
				return LocalDate.parse(x, danish).toString();
			}
			catch (DateTimeParseException ignored) {
				// Not this form: try the next, else keep x as it is (a number, an ISO date or a category).
			}
		}
		return x;
	}

	private static String format(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
	}

	/** UTF-8 when the bytes are valid UTF-8 (a byte order mark is dropped), else Windows-1252. */
	static String decode(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, Charset.forName("windows-1252"));
		}
	}
}
