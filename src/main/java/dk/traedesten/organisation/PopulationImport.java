package dk.traedesten.organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads population figures from a CSV file as Danmarks Statistik's Statbank (table FOLK1A) exports it or as
 * a Danish office writes it. All or nothing: the result holds every figure, or, when a single line is bad,
 * no figures and a problem for each bad line (see {@link ImportProblem}).
 */
public final class PopulationImport {

	/** The figures, or the problems; never both. {@code skipped} counts Statbank's totals passed over. */
	public record Result(List<PopulationFigure> figures, List<ImportProblem> problems, int skipped) {

		public boolean accepted() {
			return problems.isEmpty();
		}
	}

	private final MunicipalityNames names;

	private final Integer yearFromForm;

	private final List<ImportProblem> problems = new ArrayList<>();

	private PopulationImport(MunicipalityNames names, Integer yearFromForm) {
		this.names = names;
		this.yearFromForm = yearFromForm;
	}

	/**
	 * @param yearFromForm the year to use when the file names none, or null
	 */
	public static Result read(byte[] content, MunicipalityNames names, Integer yearFromForm) {
		return new PopulationImport(names, yearFromForm).read(content);
	}

	private Result read(byte[] content) {
		List<String> lines = ImportText.lines(content).orElse(null);
		if (lines == null) {
			return rejected(ImportProblem.ofFile("wrong-encoding"));
		}
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(ImportText.delimiter(lines)).setTrim(true).get();
		List<ImportLayout.Row> rows = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (!lines.get(i).isBlank()) {
				rows.add(new ImportLayout.Row(i + 1, cells(lines.get(i), format)));
			}
		}
		ImportLayout layout = ImportLayout.of(rows, this::looksLikeData);
		List<PopulationFigure> figures = new ArrayList<>();
		Map<List<Integer>, Integer> seen = new HashMap<>();
		int skipped = 0;
		for (ImportLayout.Row row : rows.subList(layout.firstData(), rows.size())) {
			if (names.isAggregate(row.cell(layout.municipalityColumn()))) {
				skipped++;
				continue;
			}
			PopulationFigure figure = figure(row, layout);
			if (figure != null) {
				Integer earlier = seen.putIfAbsent(List.of(figure.municipalityCode(), figure.year()), row.line());
				if (earlier != null) {
					problems.add(new ImportProblem(row.line(), "duplicate", names.nameOf(figure.municipalityCode()),
							earlier));
				}
				figures.add(figure);
			}
		}
		if (figures.isEmpty() && problems.isEmpty()) {
			problems.add(ImportProblem.ofFile("empty"));
		}
		return problems.isEmpty() ? new Result(List.copyOf(figures), List.of(), skipped) : rejected(null);
	}

	private boolean looksLikeData(ImportLayout.Row row) {
		String first = row.cell(0);
		return names.codeOf(first).isPresent() || names.isAggregate(first)
				|| row.cells().stream().anyMatch(cell -> WholeNumbers.parse(cell) != null);
	}

	/** The row's figure, or null after recording what is wrong with it. */
	private PopulationFigure figure(ImportLayout.Row row, ImportLayout layout) {
		int needed = Math.max(layout.municipalityColumn(), Math.max(layout.yearColumn(), layout.populationColumn()));
		if (row.cells().size() <= needed) {
			return problem(row, "missing-column", needed + 1, row.cells().size());
		}
		String municipality = row.cell(layout.municipalityColumn());
		if (municipality.isEmpty()) {
			return problem(row, "missing-municipality");
		}
		OptionalInt code = names.codeOf(municipality);
		if (code.isEmpty()) {
			return problem(row, "unknown-municipality", municipality);
		}
		Integer year = year(row, layout);
		if (year == null) {
			return null;
		}
		String population = row.cell(layout.populationColumn());
		if (population.isEmpty()) {
			return problem(row, "missing-population");
		}
		Long number = WholeNumbers.parse(population);
		if (number == null) {
			return problem(row, "not-whole-number", population);
		}
		if (number < 0) {
			return problem(row, "negative", population);
		}
		if (number > WholeNumbers.LARGEST_POPULATION) {
			return problem(row, "too-large", population);
		}
		return new PopulationFigure(code.getAsInt(), year, number.intValue());
	}

	private Integer year(ImportLayout.Row row, ImportLayout layout) {
		Integer year;
		if (layout.yearColumn() >= 0) {
			String period = row.cell(layout.yearColumn());
			year = ImportLayout.yearOf(period);
			if (year == null || year < 1970 || year > 2100) {
				return problem(row, "invalid-year", period);
			}
			return year;
		}
		year = layout.headerYear() != null ? layout.headerYear() : yearFromForm;
		if (year == null && problems.stream().noneMatch(problem -> problem.reason().equals("no-year"))) {
			problems.add(ImportProblem.ofFile("no-year"));
		}
		return year;
	}

	private <T> T problem(ImportLayout.Row row, String reason, Object... arguments) {
		problems.add(new ImportProblem(row.line(), reason, arguments));
		return null;
	}

	private Result rejected(ImportProblem problem) {
		if (problem != null) {
			problems.add(problem);
		}
		return new Result(List.of(), List.copyOf(problems), 0);
	}

	private static List<String> cells(String line, CSVFormat format) {
		try (CSVParser parser = CSVParser.parse(line, format)) {
			List<CSVRecord> records = parser.getRecords();
			return records.isEmpty() ? List.of() : records.get(0).toList();
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			// An unbalanced quote: read the line as plain cells rather than give up on it.
			String plain = line.replace("\"", "");
			return Arrays.stream(plain.split(Pattern.quote(format.getDelimiterString()), -1)).map(String::strip).toList();
		}
	}
}
