package dk.traedesten.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the figures are in a file: which line starts the data and which columns hold the municipality, the
 * year and the population. Statbank writes one or more title lines, then a header that may leave the area
 * column blank and name the period ("2025K1") above the figures; other files name their columns
 * ("Kommune;Folketal") or have no header at all.
 *
 * @param firstData index of the first data row
 * @param yearColumn the column with a period per row, or -1
 * @param headerYear the year read from the header above the figures, or null
 */
record ImportLayout(int firstData, int municipalityColumn, int yearColumn, int populationColumn, Integer headerYear) {

	/** A non-blank line of the file, split into trimmed cells. */
	record Row(int line, List<String> cells) {

		String cell(int column) {
			return column < cells.size() ? cells.get(column) : "";
		}
	}

	private static final Set<String> MUNICIPALITY = Set.of("område", "omraade", "kommune", "kommunekode", "kode",
			"kommunenavn", "navn", "municipality", "region and municipality", "area");

	private static final Set<String> YEAR = Set.of("tid", "år", "aar", "year", "periode", "time", "kvartal");

	private static final Set<String> POPULATION = Set.of("folketal", "indhold", "antal", "befolkning", "population",
			"personer", "indbyggere", "indbyggertal", "value");

	/** A year, a quarter (2025K1, 2025Q1), a month (2025M01) or a half-year (2025H1). */
	private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:[KQ][1-4]|M\\d{2}|H[12])?");

	/**
	 * Finds the layout; the rows before the header (or the data) are titles and are passed over.
	 * @param dataLike tells a row of data (a municipality or a number in it) from a title line
	 */
	static ImportLayout of(List<Row> rows, Predicate<Row> dataLike) {
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			if (isHeader(row)) {
				return fromHeader(i, row);
			}
			if (row.cells().size() >= 2 && dataLike.test(row)) {
				return withoutHeader(i, row);
			}
		}
		return new ImportLayout(rows.size(), 0, -1, 1, null);
	}

	/** The year of a period such as "2025K1", or null when the text is no period. */
	static Integer yearOf(String text) {
		Matcher period = PERIOD.matcher(text.strip().toUpperCase(Locale.ROOT));
		return period.matches() ? Integer.valueOf(period.group(1)) : null;
	}

	private static boolean isHeader(Row row) {
		boolean named = row.cells().stream().map(ImportLayout::name).anyMatch(
				name -> MUNICIPALITY.contains(name) || YEAR.contains(name) || POPULATION.contains(name));
		boolean statbankPivot = row.cells().size() >= 2 && row.cell(0).isEmpty()
				&& row.cells().stream().anyMatch(cell -> yearOf(cell) != null);
		return named || statbankPivot;
	}

	private static ImportLayout fromHeader(int index, Row header) {
		int municipality = find(header, MUNICIPALITY, 0);
		int year = find(header, YEAR, -1);
		int population = find(header, POPULATION, -1);
		Integer headerYear = null;
		if (population < 0) {
			String latest = null;
			for (int column = 0; column < header.cells().size(); column++) {
				String cell = header.cell(column);
				if (column != year && yearOf(cell) != null && (latest == null || cell.compareTo(latest) > 0)) {
					latest = cell;
					population = column;
				}
			}
			headerYear = latest == null ? null : yearOf(latest);
		}
		if (population < 0) {
			population = header.cells().size() - 1;
		}
		return new ImportLayout(index + 1, municipality, year, population, headerYear);
	}

	private static ImportLayout withoutHeader(int index, Row first) {
		int last = first.cells().size() - 1;
		int year = -1;
		for (int column = 1; column < last; column++) {
			if (yearOf(first.cell(column)) != null) {
				year = column;
				break;
			}
		}
		return new ImportLayout(index, 0, year, last, null);
	}

	private static int find(Row header, Set<String> names, int otherwise) {
		for (int column = 0; column < header.cells().size(); column++) {
			if (names.contains(name(header.cell(column)))) {
				return column;
			}
		}
		return otherwise;
	}

	private static String name(String cell) {
		return MunicipalityNames.tidy(cell).toLowerCase(Locale.ROOT);
	}
}
