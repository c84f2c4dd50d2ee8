package dk.traedesten.measures.data;

import java.util.Locale;

/**
 * Reads a series' points from an uploaded file, CSV or Excel (.xlsx), as Danish offices write them. All or nothing:
 * {@link PointImportResult#accepted()} only if every cell of every row was accepted; otherwise every rejected cell
 * is named by its row and column.
 */
public final class PointImport {

	private PointImport() {
	}

	public static PointImportResult read(String fileName, byte[] content, PointRules rules) {
		if (content.length == 0) {
			return new PointImportResult(java.util.List.of(), java.util.List.of(CellProblem.ofFile("empty-file")), 0,
					java.util.List.of());
		}
		return isXlsx(fileName, content) ? XlsxRows.read(content, rules) : CsvRows.read(content, rules);
	}

	/** An .xlsx file is a zip archive: its name says so, or its first bytes do. */
	static boolean isXlsx(String fileName, byte[] content) {
		boolean zip = content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
		return zip || fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
	}
}
