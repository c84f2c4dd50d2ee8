package dk.traedesten.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Danish files read as their English twins, and bad input stops with one line naming the row and column. */
class SpcCommandInputTests {

	@TempDir
	Path dir;

	@Test
	void aDanishFileGivesTheSameResultAsItsPlainTwin() throws Exception {
		Path plain = file("plain.csv", "x,y,n\n2021-09-06,3,120\n2021-09-13,5.5,118\n2021-09-20,4,121\n2021-09-27,,119\n"
				+ "2021-10-04,7,1250\n", StandardCharsets.UTF_8);
		Path danish = file("dansk.csv", "\uFEFFx;y;n\n06-09-2021;3;120\n13-09-2021;5,5;118\n20-09-2021;4;121\n"
				+ "27-09-2021;;119\n04-10-2021;7;1.250\n", StandardCharsets.UTF_8);

		CliRun fromPlain = CliRun.of(List.of("--chart", "u", "--input", plain.toString()));
		CliRun fromDanish = CliRun.of(List.of("--chart", "u", "--input", danish.toString()));

		assertThat(fromPlain.exit()).isZero();
		assertThat(fromDanish.err()).isEmpty();
		assertThat(fromDanish.out()).isEqualTo(fromPlain.out());
		assertThat(fromDanish.out()).contains("\"x\":\"2021-09-06\"").contains("\"y\":null");
	}

	@Test
	void aWindows1252FileWithDanishCategoriesIsRead() throws Exception {
		Path file = file("kategorier.csv", "x;y\nÆblehaven;3\nØstervang;4\nÅtoften;2,5\n", Charset.forName("windows-1252"));

		CliRun run = CliRun.of(List.of("--chart", "run", "--input", file.toString()));

		assertThat(run.err()).isEmpty();
		assertThat(run.out()).contains("\"x\":\"Æblehaven\"").contains("\"x\":\"Østervang\"").contains("\"y\":2.5");
	}

	@Test
	void standardInputIsReadForADash() {
		CliRun run = CliRun.withInput("x,y\n1,4\n2,6\n3,5\n".getBytes(StandardCharsets.UTF_8),
				List.of("--chart", "i", "--input", "-"));

		assertThat(run.exit()).isZero();
		assertThat(run.out()).contains("\"CL\":5.0");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			text in y          | p | x,y,n\\n1,3,10\\n2,tre,10\\n3,4,10        | Række 3, kolonne »y«: »tre« er ikke et tal
			missing y column   | c | x,antal\\n1,3\\n2,4                         | Række 1: kolonnen »y« mangler
			missing n column   | p | x,y\\n1,3\\n2,4                             | Række 1: kolonnen »n« mangler
			zero denominator   | p | x,y,n\\n1,3,10\\n2,4,10\\n3,0,0             | Række 4, kolonne »n«: nævneren skal være større end 0, men er 0
			negative n         | u | x,y,n\\n1,3,10\\n2,4,-5                      | Række 3, kolonne »n«: nævneren skal være større end 0, men er -5
			t with zero        | t | x,y\\n1,3\\n2,0\\n3,4                        | Række 3, kolonne »y«: et t-kort kræver tider større end 0, men værdien er 0
			numerator above n  | p | x,y,n\\n1,3,10\\n2,12,10                     | Række 3, kolonne »y«: tælleren 12 er større end nævneren 10
			negative count     | c | x,y\\n1,3\\n2,-1                             | Række 3, kolonne »y«: en tælling kan ikke være negativ
			short row          | i | x,y\\n1,3\\n2                                | Række 3, kolonne »y«: cellen mangler
			too few points     | i | x,y\\n1,3\\n2,NA                             | For få punkter: et kort kræver mindst 2 punkter med en værdi, men filen har 1
			danish decimal point | i | x;y\\n1;3.5\\n2;4                          | Række 2, kolonne »y«: »3.5« er ikke et tal (brug komma som decimaltegn)
			""")
	void badInputExitsWithOneLineNamingRowAndColumn(String what, String chart, String csv, String message)
			throws Exception {
		Path file = file("bad.csv", csv.replace("\\n", "\n"), StandardCharsets.UTF_8);

		CliRun run = CliRun.of(List.of("--chart", chart, "--input", file.toString()));

		assertThat(run.exit()).as(what).isEqualTo(SpcCommand.BAD_INPUT);
		assertThat(run.out()).isEmpty();
		assertThat(run.errLines()).hasSize(1);
		assertThat(run.errLines().get(0)).startsWith(message);
	}

	@Test
	void wrongArgumentsExitWithTwoAndTheUsage() {
		CliRun run = CliRun.of(List.of("--chart", "q", "--input", "x.csv"));
		assertThat(run.exit()).isEqualTo(SpcCommand.BAD_ARGUMENTS);
		assertThat(run.errLines().get(0)).isEqualTo("Ukendt korttype »q«; kendte typer: run, i, mr, xbar, s, t, p, pp, u, up, c, g.");

		CliRun missing = CliRun.of(List.of("--chart", "p"));
		assertThat(missing.exit()).isEqualTo(SpcCommand.BAD_ARGUMENTS);
		assertThat(missing.errLines().get(0)).isEqualTo("Tilvalget --input skal angives.");
	}

	@Test
	void aPositionOutsideTheDataIsRefused() throws Exception {
		Path file = file("ok.csv", "x,y\n1,3\n2,4\n3,5\n", StandardCharsets.UTF_8);
		CliRun run = CliRun.of(List.of("--chart", "i", "--input", file.toString(), "--exclude", "7"));
		assertThat(run.exit()).isEqualTo(SpcCommand.BAD_INPUT);
		assertThat(run.err()).startsWith("--exclude 7 peger uden for dataene: der er punkter fra 1 til 3.");
	}

	@Test
	void englishOnRequest() throws Exception {
		Path file = file("bad.csv", "x,y\n1,3\n2,three\n", StandardCharsets.UTF_8);
		CliRun run = CliRun.of(List.of("--chart", "i", "--input", file.toString(), "--lang", "en"));
		assertThat(run.err()).startsWith("Row 3, column \"y\": \"three\" is not a number");
	}

	private Path file(String name, String content, Charset charset) throws Exception {
		Path file = dir.resolve(name);
		Files.write(file, content.getBytes(charset));
		return file;
	}
}
