package dk.traedesten.measures.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

import dk.traedesten.measures.IndicatorKind;
import dk.traedesten.measures.Period;
import dk.traedesten.measures.SeriesPoint;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class XlsxImportTests {

	static final PointRules ABSENCE = PointRules.of(IndicatorKind.PROPORTION, "%", Period.WEEK);

	@Test
	void readsDateCellsNumberCellsAndDanishTextFromTheFirstSheet() throws IOException {
		byte[] file = workbook(sheet -> {
			header(sheet, "Periode", "Tæller", "Nævner", "Baseline");
			sheet.value(1, 0, LocalDate.of(2021, 9, 24));
			sheet.style(1, 0).format("dd-mm-yyyy").set();
			sheet.value(1, 1, 12.5);
			sheet.value(1, 2, 230);
			sheet.value(1, 3, "ja");
			sheet.value(2, 0, "27.09.2021");
			sheet.value(2, 1, "9,5");
			sheet.value(2, 2, "1.234");
		});

		PointImportResult result = PointImport.read("fravær.xlsx", file, ABSENCE);

		assertThat(ProblemText.danish(result)).isEmpty();
		assertThat(result.points()).containsExactly(new SeriesPoint(LocalDate.of(2021, 9, 20), 12.5, 230.0, null, true, false),
				new SeriesPoint(LocalDate.of(2021, 9, 27), 9.5, 1234.0, null, false, false));
	}

	@Test
	void namesBadCellsByTheRowNumbersExcelShows() throws IOException {
		byte[] file = workbook(sheet -> {
			header(sheet, "periode", "tæller", "nævner");
			sheet.value(1, 0, "20-09-2021");
			sheet.value(1, 1, 3);
			sheet.value(1, 2, 20);
			sheet.value(3, 0, "27-09-2021");
			sheet.value(3, 1, 3);
			sheet.value(3, 2, 0);
		});

		assertThat(ProblemText.danish(PointImport.read("x.xlsx", file, ABSENCE)))
			.containsExactly("Række 4, kolonne »nævner«: »0« er ikke et tal større end 0.");
	}

	@Test
	void saysSoWhenAnXlsxFileIsBroken() {
		byte[] broken = { 'P', 'K', 3, 4, 0, 0, 0 };

		assertThat(ProblemText.danish(PointImport.read("x.xlsx", broken, ABSENCE)))
			.containsExactly("Filen kunne ikke læses som Excel-projektmappe (.xlsx).");
	}

	interface SheetWriter {
		void write(Worksheet sheet);
	}

	static byte[] workbook(SheetWriter writer) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "Traedesten", "1.0");
		writer.write(workbook.newWorksheet("Data"));
		workbook.finish();
		return out.toByteArray();
	}

	static void header(Worksheet sheet, String... names) {
		for (int i = 0; i < names.length; i++) {
			sheet.value(0, i, names[i]);
		}
	}
}
