package dk.traedesten.measures.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.traedesten.measures.IndicatorKind;
import dk.traedesten.measures.Period;
import dk.traedesten.measures.SeriesPoint;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PointImportProperties {

	static final PointRules ABSENCE = PointRules.of(IndicatorKind.PROPORTION, "%", Period.WEEK);

	@Property
	void anyPointListWrittenAsDanishCsvInEitherEncodingReadsBackAsTheSamePoints(
			@ForAll("absence") List<SeriesPoint> points, @ForAll("encodings") Charset charset) {
		byte[] file = DanishCsv.write(points, ABSENCE, charset);

		PointImportResult result = PointImport.read("data.csv", file, ABSENCE);

		assertThat(ProblemText.danish(result)).isEmpty();
		assertThat(result.points()).isEqualTo(points);
	}

	@Property
	void anySingleBadCellIsReportedWithItsExactRowAndColumn(@ForAll("absence") List<SeriesPoint> points,
			@ForAll @IntRange(min = 0, max = 1000) int pick, @ForAll("badCells") BadCell bad) {
		String[] lines = new String(DanishCsv.write(points, ABSENCE, StandardCharsets.UTF_8), StandardCharsets.UTF_8)
			.substring(1)
			.split("\r\n");
		int line = 1 + pick % (lines.length - 1);
		String[] cells = lines[line].split(";", -1);
		cells[bad.column()] = bad.text();
		lines[line] = String.join(";", cells);

		PointImportResult result = PointImport.read("data.csv",
				String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8), ABSENCE);

		assertThat(result.points()).isEmpty();
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.row()).isEqualTo(line + 1);
			assertThat(problem.column()).isEqualTo(lines[0].split(";")[bad.column()]);
			assertThat(problem.reason()).isEqualTo(bad.reason());
		});
	}

	@Property
	void anyNumberWrittenTheDanishWayWithOrWithoutThousandsReadsBack(
			@ForAll @IntRange(min = 0, max = 999_999_999) int whole, @ForAll @IntRange(min = 0, max = 99) int hundredths) {
		double number = whole + hundredths / 100.0;
		String grouped = String.format(java.util.Locale.forLanguageTag("da"), "%,.2f", number);

		assertThat(DanishNumbers.parse(grouped, DecimalStyle.COMMA)).isEqualTo(Double.parseDouble(
				whole + "." + (hundredths < 10 ? "0" : "") + hundredths));
		assertThat(DanishNumbers.parse(grouped.replace(".", ""), DecimalStyle.COMMA))
			.isEqualTo(DanishNumbers.parse(grouped, DecimalStyle.COMMA));
	}

	/**
	 * A list of weekly absence points on distinct Mondays, numerators within their denominators; a missing week keeps
	 * its school days, so that any one cell made bad is the only thing wrong with its row.
	 */
	@Provide
	Arbitrary<List<SeriesPoint>> absence() {
		Arbitrary<SeriesPoint> point = Combinators.combine(
				Arbitraries.integers().between(0, 100_000).map(cents -> cents / 100.0).injectNull(0.1),
				Arbitraries.integers().between(1, 2_000_000).map(tenths -> tenths / 10.0),
				Arbitraries.integers().between(0, 400).injectNull(0.5), Arbitraries.of(true, false),
				Arbitraries.of(true, false))
			.as((value, denominator, children, baseline, phase) -> new SeriesPoint(LocalDate.MIN,
					value == null ? null : Math.min(value, denominator), denominator, children,
					baseline, phase));
		return point.list().ofMinSize(1).ofMaxSize(40).map(list -> {
			List<SeriesPoint> dated = new ArrayList<>();
			LocalDate monday = LocalDate.of(2019, 8, 5);
			for (SeriesPoint p : list) {
				dated.add(new SeriesPoint(monday, p.value(), p.denominator(), p.children(), p.baseline(), p.phaseStart()));
				monday = monday.plusWeeks(1);
			}
			return dated;
		});
	}

	@Provide
	Arbitrary<Charset> encodings() {
		return Arbitraries.of(StandardCharsets.UTF_8, CsvRows.WINDOWS_1252);
	}

	record BadCell(int column, String text, String reason) {
	}

	@Provide
	Arbitrary<BadCell> badCells() {
		return Arbitraries.of(new BadCell(0, "31-02-2021", "not-a-date"), new BadCell(0, "uge 38", "not-a-date"),
				new BadCell(1, "tolv", "not-a-number"), new BadCell(1, "1.5", "not-a-number"),
				new BadCell(1, "-1", "negative"), new BadCell(2, "0", "not-positive"),
				new BadCell(2, "1,2,3", "not-positive"), new BadCell(3, "2,5", "not-whole"),
				new BadCell(4, "måske", "not-a-flag"), new BadCell(5, "?", "not-a-flag"));
	}
}
