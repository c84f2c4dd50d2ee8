package dk.traedesten.measures.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import dk.traedesten.measures.IndicatorKind;
import dk.traedesten.measures.Period;
import dk.traedesten.measures.SeriesPoint;
import org.junit.jupiter.api.Test;

class PointImportTests {

	static final PointRules ABSENCE = PointRules.of(IndicatorKind.PROPORTION, "%", Period.WEEK);

	static PointImportResult csv(String text, PointRules rules) {
		return PointImport.read("data.csv", text.getBytes(StandardCharsets.UTF_8), rules);
	}

	@Test
	void readsADanishFileWithEachDateFormAndDatesThePointsByTheirWeeksMonday() {
		PointImportResult result = csv("""
				Periode;Fraværsdage;Nævner;Børn;Baseline;Ny fase
				24-09-2021;12,5;230;46;ja;
				27.09.2021;9;1.234,5;;x;
				2021-10-06;;;;;ja
				""".replace("Fraværsdage", "tæller"), ABSENCE);

		assertThat(ProblemText.danish(result)).isEmpty();
		assertThat(result.points()).containsExactly(
				new SeriesPoint(LocalDate.of(2021, 9, 20), 12.5, 230.0, 46, true, false),
				new SeriesPoint(LocalDate.of(2021, 9, 27), 9.0, 1234.5, null, true, false),
				new SeriesPoint(LocalDate.of(2021, 10, 4), null, null, null, false, true));
	}

	@Test
	void readsACommaSeparatedFileWithDecimalPointsByItsHeader() {
		PointImportResult result = csv("period,value,denominator\n2021-09-20,12.5,\"1,230\"\n", ABSENCE);

		assertThat(result.points()).containsExactly(new SeriesPoint(LocalDate.of(2021, 9, 20), 12.5, 1230.0, null,
				false, false));
	}

	@Test
	void namesEveryRejectedCellByRowAndColumnInDanish() {
		PointImportResult result = csv("""
				periode;tæller;nævner
				20-09-2021;3;20
				27-09-2021;abc;0
				32-09-2021;25;20
				04-10-2021;2;
				""", ABSENCE);

		assertThat(result.accepted()).isFalse();
		assertThat(result.points()).isEmpty();
		assertThat(ProblemText.danish(result)).containsExactly(
				"Række 3, kolonne »tæller«: »abc« er ikke et tal.",
				"Række 3, kolonne »nævner«: »0« er ikke et tal større end 0.",
				"Række 4, kolonne »periode«: »32-09-2021« er ikke en dato. Skriv fx 24-09-2021, 24.09.2021 eller 2021-09-24.",
				"Række 4, kolonne »tæller«: »25« er større end nævneren »20«: tælleren kan højst være lig med nævneren.",
				"Række 5, kolonne »nævner«: Feltet skal udfyldes.");
	}

	@Test
	void refusesTwoRowsInOnePeriodNamingTheLaterOne() {
		PointImportResult result = csv("periode;tæller;nævner\n20-09-2021;1;2\n21-09-2021;1;2\n27-09-2021;1;2\n",
				ABSENCE);

		assertThat(ProblemText.danish(result)).containsExactly("Række 3, kolonne »periode«: Perioden, der begynder"
				+ " 20-09-2021, står også i række 2. Hver periode må kun stå én gang.");
	}

	@Test
	void appliesTheRulesOfTheIndicatorsKind() {
		PointRules wellbeing = PointRules.of(IndicatorKind.SCALE_MEAN, "skala 1–5", Period.MONTH);
		assertThat(ProblemText.danish(csv("periode;værdi\n01-09-2021;5,2\n01-10-2021;3,9\n", wellbeing)))
			.containsExactly("Række 2, kolonne »værdi«: »5,2« ligger ikke på skalaen fra 1 til 5.");

		PointRules friendships = PointRules.of(IndicatorKind.COUNT, "", Period.MONTH);
		assertThat(ProblemText.danish(csv("periode;antal;nævner;børn\n01-09-2021;2,5;;\n01-10-2021;-1;4;3,5\n",
				friendships)))
			.containsExactly("Række 2, kolonne »antal«: »2,5« er ikke et helt tal på 0 eller derover.",
					"Række 3, kolonne »antal«: »-1« er ikke et helt tal på 0 eller derover.",
					"Række 3, kolonne »nævner«: »4« bruges ikke: en indikator af denne type har ingen nævner."
							+ " Lad feltet stå tomt.",
					"Række 3, kolonne »børn«: »3,5« er ikke et helt tal på 0 eller derover.");
	}

	@Test
	void datesAPointByTheFirstDayOfItsMonthOrTerm() {
		PointRules months = PointRules.of(IndicatorKind.SCALE_MEAN, "", Period.MONTH);
		PointRules terms = PointRules.of(IndicatorKind.SCALE_MEAN, "", Period.TERM);

		assertThat(csv("periode;værdi\n24-09-2021;3\n", months).points().get(0).periodStart())
			.isEqualTo(LocalDate.of(2021, 9, 1));
		assertThat(csv("periode;værdi\n24-09-2021;3\n15-03-2022;3\n", terms).points())
			.extracting(SeriesPoint::periodStart)
			.containsExactly(LocalDate.of(2021, 8, 1), LocalDate.of(2022, 1, 1));
	}

	@Test
	void saysWhichColumnIsMissingAndIgnoresColumnsItDoesNotKnow() {
		assertThat(ProblemText.danish(csv("dato;tæller;kommentar\n20-09-2021;1;x\n", ABSENCE)))
			.containsExactly("Filen mangler kolonnen »nævner«.");

		PointImportResult withComment = csv("dato;tæller;nævner;Kommentar\n20-09-2021;1;2;Lejrskole\n", ABSENCE);
		assertThat(withComment.accepted()).isTrue();
		assertThat(withComment.ignoredColumns()).containsExactly("Kommentar");
	}

	@Test
	void skipsBlankRowsAsExcelWritesThemButCountsRowsAsTheSpreadsheetDoes() {
		PointImportResult result = csv("periode;tæller;nævner\r\n;;\r\n20-09-2021;1;2\r\n;;\r\n27-09-2021;x;2\r\n",
				ABSENCE);

		assertThat(ProblemText.danish(result)).containsExactly("Række 5, kolonne »tæller«: »x« er ikke et tal.");
	}

	@Test
	void refusesAFileWithoutRows() {
		assertThat(ProblemText.danish(csv("periode;tæller;nævner\n", ABSENCE)))
			.containsExactly("Filen har ingen rækker med data under overskriften.");
		assertThat(ProblemText.danish(PointImport.read("x.csv", new byte[0], ABSENCE))).containsExactly("Filen er tom.");
	}

	@Test
	void readsARealWindows1252FileWithDanishLetters() throws IOException {
		byte[] content;
		try (InputStream in = getClass().getResourceAsStream("/measures/fravaer-windows-1252.csv")) {
			content = in.readAllBytes();
		}
		assertThat(new String(content, StandardCharsets.ISO_8859_1)).as("the file really is single-byte")
			.contains("N\u00e6vner");

		PointImportResult result = PointImport.read("fravær.csv", content, ABSENCE);

		assertThat(ProblemText.danish(result)).isEmpty();
		assertThat(result.ignoredColumns()).containsExactly("Bemærkning");
		assertThat(result.points()).hasSize(6).first()
			.isEqualTo(new SeriesPoint(LocalDate.of(2021, 8, 16), 31.0, 1150.0, 46, true, false));
	}

	@Test
	void namesABadCellOfTheWindows1252FileWithItsDanishLetters() {
		byte[] content = "periode;tæller;nævner\n20-09-2021;fåtal;2\n".getBytes(CsvRows.WINDOWS_1252);

		assertThat(ProblemText.danish(PointImport.read("x.csv", content, ABSENCE)))
			.containsExactly("Række 2, kolonne »tæller«: »fåtal« er ikke et tal.");
	}
}
