package dk.traedesten.organisation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Writes population figures the ways the import must read them: Statbank's exports and office files, with
 * any separator, encoding, line ending, naming of municipalities and grouping of digits.
 */
record PopulationFile(Dialect dialect, List<PopulationFigure> figures) {

	enum Layout { NO_HEADER, NAMED_HEADER, STATBANK_PIVOT, STATBANK_API }

	enum Naming { CODE, NAME, NAME_WITH_SUFFIX, CODE_AND_NAME, UPPER_CASE_NAME }

	enum Grouping { NONE, DOT, SPACE }

	enum Encoding { UTF_8, UTF_8_WITH_BOM, WINDOWS_1252 }

	record Dialect(char delimiter, Encoding encoding, String newline, Layout layout, Naming naming,
			Grouping grouping) {
	}

	/** The written file; {@code dataLines} holds the line number of each figure's row. */
	record Written(byte[] bytes, List<Integer> dataLines, Integer formYear) {
	}

	Written write() {
		return write(-1, UnaryOperator.identity());
	}

	/** Writes the file with one figure's row replaced by what {@code corrupt} makes of its cells. */
	Written write(int corruptedRow, UnaryOperator<List<String>> corrupt) {
		int year = figures.get(0).year();
		List<String> lines = new ArrayList<>();
		switch (dialect.layout()) {
			case NO_HEADER -> { }
			case NAMED_HEADER -> lines.add(join(List.of("Kommune", "Folketal")));
			case STATBANK_PIVOT -> {
				lines.add("Befolkningen den 1. i kvartalet efter område og tid");
				lines.add("");
				lines.add(join(List.of("", year + "K1")));
				lines.add(join(List.of("Hele landet", "5992734")));
			}
			case STATBANK_API -> lines.add(join(List.of("OMRÅDE", "TID", "INDHOLD")));
		}
		List<Integer> dataLines = new ArrayList<>();
		for (int i = 0; i < figures.size(); i++) {
			PopulationFigure figure = figures.get(i);
			List<String> cells = dialect.layout() == Layout.STATBANK_API
					? List.of(municipality(figure.municipalityCode()), year + "K1", population(figure.population()))
					: List.of(municipality(figure.municipalityCode()), population(figure.population()));
			lines.add(join(i == corruptedRow ? corrupt.apply(cells) : cells));
			dataLines.add(lines.size());
		}
		String text = String.join(dialect.newline(), lines) + dialect.newline();
		boolean yearInFile = dialect.layout() == Layout.STATBANK_PIVOT || dialect.layout() == Layout.STATBANK_API;
		return new Written(encode(text), dataLines, yearInFile ? null : year);
	}

	String municipality(int code) {
		String name = ReferenceMunicipalities.BY_CODE.get(code);
		return switch (dialect.naming()) {
			case CODE -> String.valueOf(code);
			case NAME -> name;
			case NAME_WITH_SUFFIX -> name + " Kommune";
			case CODE_AND_NAME -> code + " " + name;
			case UPPER_CASE_NAME -> name.toUpperCase(Locale.ROOT);
		};
	}

	private String population(int population) {
		String plain = String.valueOf(population);
		if (dialect.grouping() == Grouping.NONE) {
			return plain;
		}
		StringBuilder grouped = new StringBuilder(plain);
		for (int i = plain.length() - 3; i > 0; i -= 3) {
			grouped.insert(i, dialect.grouping() == Grouping.DOT ? '.' : ' ');
		}
		return grouped.toString();
	}

	private String join(List<String> cells) {
		return String.join(String.valueOf(dialect.delimiter()), cells.stream().map(this::quoted).toList());
	}

	private String quoted(String cell) {
		return cell.indexOf(dialect.delimiter()) >= 0 ? '"' + cell + '"' : cell;
	}

	private byte[] encode(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Charset charset = dialect.encoding() == Encoding.WINDOWS_1252 ? Charset.forName("windows-1252")
				: StandardCharsets.UTF_8;
		if (dialect.encoding() == Encoding.UTF_8_WITH_BOM) {
			out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
		out.writeBytes(text.getBytes(charset));
		return out.toByteArray();
	}
}
