package dk.traedesten.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class PopulationImportTests {

	private static PopulationImport.Result read(String text, Charset charset, Integer formYear) {
		return PopulationImport.read(text.getBytes(charset), ReferenceMunicipalities.NAMES, formYear);
	}

	private static PopulationImport.Result read(String text) {
		return read(text, StandardCharsets.UTF_8, null);
	}

	@Test
	void readsStatbanksPivotExportInWindows1252WithTitleLineAndQuarterAbovePopulation() {
		String file = """
				Befolkningen den 1. i kvartalet efter område og tid
				;2025K1
				Hele landet;5.992.734
				Region Hovedstaden;1.914.000
				København;667.099
				Høje-Taastrup;56.917
				Christiansø;90
				""";
		PopulationImport.Result result = read(file, Charset.forName("windows-1252"), null);
		assertThat(result.problems()).isEmpty();
		assertThat(result.figures()).containsExactly(new PopulationFigure(101, 2025, 667099),
				new PopulationFigure(169, 2025, 56917));
		assertThat(result.skipped()).isEqualTo(3);
	}

	@Test
	void readsStatbanksApiExportWithAPeriodPerRow() {
		String file = "\uFEFFOMRÅDE;TID;INDHOLD\r\n101 København;2024K4;665000\r\n101 København;2025K1;667099\r\n"
				+ "Bornholms Regionskommune;2025K1;38.848\r\n";
		assertThat(read(file).figures()).containsExactly(new PopulationFigure(101, 2024, 665000),
				new PopulationFigure(101, 2025, 667099), new PopulationFigure(400, 2025, 38848));
	}

	@Test
	void readsAnOfficeFileWithCodesCommasAndTheYearFromTheForm() {
		String file = "kommunekode,folketal\n336,\"23 802\"\n 657 , 100.000\n";
		assertThat(read(file, StandardCharsets.UTF_8, 2024).figures())
			.containsExactly(new PopulationFigure(336, 2024, 23802), new PopulationFigure(657, 2024, 100000));
	}

	@Test
	void matchesNamesWhateverTheirCaseSpacingSuffixOrHyphens() {
		String file = "Kommune\tFolketal\nKØBENHAVNS   KOMMUNE\t1\nhøje taastrup kommune\t2\nAabenraa\t3\nLyngby–Taarbæk\t4\n";
		assertThat(read(file, StandardCharsets.UTF_8, 2025).figures()).extracting(PopulationFigure::municipalityCode)
			.containsExactly(101, 169, 580, 173);
	}

	@Test
	void namesEveryBadLineWithItsNumberAndReasonAndKeepsNoFigures() {
		String file = """
				Kommune;Folketal
				København;667.099
				Xby;1000
				Stevns;23,5
				Herning;-4
				Stevns;23.802
				Herning
				;12
				Odense;
				Aarhus;3.000.000
				København;667.100
				""";
		PopulationImport.Result result = read(file, StandardCharsets.UTF_8, 2025);
		assertThat(result.accepted()).isFalse();
		assertThat(result.figures()).isEmpty();
		assertThat(result.problems()).containsExactly(
				new ImportProblem(3, "unknown-municipality", "Xby"),
				new ImportProblem(4, "not-whole-number", "23,5"),
				new ImportProblem(5, "negative", "-4"),
				new ImportProblem(7, "missing-column", 2, 1),
				new ImportProblem(8, "missing-municipality"),
				new ImportProblem(9, "missing-population"),
				new ImportProblem(10, "too-large", "3.000.000"),
				new ImportProblem(11, "duplicate", "København", 2));
	}

	@Test
	void asksForTheYearWhenNeitherFileNorFormGivesIt() {
		assertThat(read("Kommune;Folketal\nStevns;23802\n").problems())
			.containsExactly(new ImportProblem(0, "no-year"));
	}

	@Test
	void refusesAPeriodItCannotRead() {
		assertThat(read("Område;Tid;Indhold\nStevns;sidste år;23802\n").problems())
			.containsExactly(new ImportProblem(2, "invalid-year", "sidste år"));
	}

	@Test
	void callsAFileWithoutFiguresEmpty() {
		assertThat(read("").problems()).containsExactly(new ImportProblem(0, "empty"));
		assertThat(read("Befolkningen den 1. i kvartalet\n\n;2025K1\n").problems())
			.containsExactly(new ImportProblem(0, "empty"));
	}

	@Test
	void refusesUtf16AndSpreadsheetsAsTheWrongEncoding() {
		assertThat(read("Stevns;23802", StandardCharsets.UTF_16, 2025).problems())
			.containsExactly(new ImportProblem(0, "wrong-encoding"));
		byte[] xlsx = { 'P', 'K', 3, 4, 0, 0, 1 };
		assertThat(PopulationImport.read(xlsx, ReferenceMunicipalities.NAMES, 2025).problems())
			.containsExactly(new ImportProblem(0, "wrong-encoding"));
	}

	@Test
	void readsTheLatestQuarterWhenStatbankExportsSeveral() {
		String file = ";;2024K3;2024K4\nStevns;I alt;23700;23802\n";
		assertThat(read(file).figures()).isEqualTo(List.of(new PopulationFigure(336, 2024, 23802)));
	}

	@Test
	void passesOverATitleLineThatHappensToContainTheSeparator() {
		String file = "Befolkningen efter område, køn og tid\n,2025K1\nStevns,23802\n";
		assertThat(read(file).figures()).containsExactly(new PopulationFigure(336, 2025, 23802));
	}

	@Test
	void readsAQuotedStatbankExportWithExtraVariablesAndEnglishNames() {
		String file = """
				"Population at the first day of the quarter by region, sex, age, marital status and time"
				;;;;"2025Q1"
				"All Denmark";"Total";"Age, total";"Total";5992734
				"Province Byen København";"Total";"Age, total";"Total";860000
				"Copenhagen";"Total";"Age, total";"Total";667099
				"Aabenraa";"Total";"Age, total";"Total";58000
				""";
		PopulationImport.Result result = read(file);
		assertThat(result.figures()).containsExactly(new PopulationFigure(101, 2025, 667099),
				new PopulationFigure(580, 2025, 58000));
		assertThat(result.skipped()).isEqualTo(2);
	}

	@Test
	void readsALineWithAnUnbalancedQuoteAsPlainCells() {
		String file = "Kommune;Folketal\n\"Stevns;23802\nHerning;\"90000\n";
		assertThat(read(file, StandardCharsets.UTF_8, 2025).figures())
			.containsExactly(new PopulationFigure(336, 2025, 23802), new PopulationFigure(657, 2025, 90000));
	}

	@Test
	void passesOverStatbanksCodesForTheCountryRegionsAndChristianso() {
		String file = "OMRÅDE;TID;INDHOLD\n000;2025K1;5992734\n084;2025K1;1900000\n411;2025K1;90\n101;2025K1;667099\n";
		PopulationImport.Result result = read(file);
		assertThat(result.figures()).containsExactly(new PopulationFigure(101, 2025, 667099));
		assertThat(result.skipped()).isEqualTo(3);
	}
}
