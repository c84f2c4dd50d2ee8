package dk.traedesten.measures.data;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as Danish offices write it. The text is UTF-8 if the bytes are valid UTF-8 (with or without a byte
 * order mark), else Windows-1252, which is what Excel writes for "CSV (semikolonsepareret)". The header line
 * decides the rest: {@code ;} (or a tab) separates fields with decimal commas, {@code ,} fields with decimal points.
 */
final class CsvRows {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private CsvRows() {
	}

	static PointImportResult read(byte[] content, PointRules rules) {
		String text = decode(content);
		char delimiter = delimiter(text);
		DecimalStyle style = delimiter == ',' ? DecimalStyle.POINT : DecimalStyle.COMMA;
		PointTable table = new PointTable(rules, style);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(false)
			.setIgnoreSurroundingSpaces(true)
			.get();
		try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
			String[] cells = new String[16];
			boolean header = true;
			for (CSVRecord record : parser) {
				if (header) {
					List<String> names = new ArrayList<>(record.size());
					record.forEach(names::add);
					if (!table.header(names)) {
						return table.result();
					}
					header = false;
					continue;
				}
				int size = record.size();
				if (size > cells.length) {
					cells = new String[size];
				}
				for (int i = 0; i < size; i++) {
					cells[i] = record.get(i);
				}
				table.row((int) record.getRecordNumber(), cells, size);
			}
			if (header) {
				return new PointImportResult(List.of(), List.of(CellProblem.ofFile("empty-file")), 0, List.of());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			// Commons CSV reports a broken quote this way: the file is not CSV as far as the user can fix it.
			return new PointImportResult(List.of(), List.of(CellProblem.ofFile("unreadable-csv")), 0, List.of());
		}
		return table.result();
	}

	/** UTF-8 when the bytes are valid UTF-8, else Windows-1252; a byte order mark is dropped. */
	static String decode(byte[] content) {
		int start = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
				&& (content[2] & 0xff) == 0xbf ? 3 : 0;
		ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
		try {
			CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes);
			return chars.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(content, WINDOWS_1252);
		}
	}

	/** The separator the header line uses most: {@code ;}, tab or {@code ,}. */
	static char delimiter(String text) {
		int semicolons = 0;
		int commas = 0;
		int tabs = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted) {
				semicolons += c == ';' ? 1 : 0;
				commas += c == ',' ? 1 : 0;
				tabs += c == '\t' ? 1 : 0;
			}
		}
		if (semicolons >= commas && semicolons >= tabs && semicolons > 0) {
			return ';';
		}
		if (tabs >= commas && tabs > 0) {
			return '\t';
		}
		return commas > 0 ? ',' : ';';
	}
}
