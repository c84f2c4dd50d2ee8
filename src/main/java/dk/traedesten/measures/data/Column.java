package dk.traedesten.measures.data;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The columns of a series' points, known by their header in Danish or English. A header is compared without case,
 * spaces, hyphens and underscores, with æ, ø and å also accepted as ae, oe and aa (files that lost their letters).
 */
public enum Column {

	PERIOD("periode", "periode", "dato", "uge", "måned", "periodestart", "period", "date", "week", "month"),
	VALUE("værdi", "værdi", "tæller", "antal", "gennemsnit", "value", "numerator", "count", "mean"),
	DENOMINATOR("nævner", "nævner", "denominator", "eksponering", "exposure"),
	CHILDREN("børn", "børn", "antal børn", "children"),
	BASELINE("baseline", "baseline", "basislinje", "udgangspunkt"),
	PHASE("ny fase", "ny fase", "fase", "phase", "new phase", "phase start");

	private final String templateHeader;

	private final List<String> names;

	Column(String templateHeader, String... names) {
		this.templateHeader = templateHeader;
		this.names = List.of(names).stream().map(Column::key).toList();
	}

	/** The header the template file writes. */
	public String templateHeader() {
		return templateHeader;
	}

	/** The column a header names, or null. */
	static Column named(String header) {
		String key = key(header);
		for (Column column : values()) {
			if (column.names.contains(key)) {
				return column;
			}
		}
		return null;
	}

	private static String key(String header) {
		String lower = Normalizer.normalize(header.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
			.replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
		StringBuilder key = new StringBuilder(lower.length());
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if (c != ' ' && c != '-' && c != '_' && c != '.') {
				key.append(c);
			}
		}
		return key.toString();
	}
}
