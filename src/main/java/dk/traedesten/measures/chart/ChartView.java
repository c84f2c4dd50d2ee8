package dk.traedesten.measures.chart;

import java.util.List;
import java.util.UUID;

/**
 * A series' chart as a page shows it, in the reader's language and with suppression applied: the inline SVG,
 * its text alternative, the rows of the data table, the two badges and the effect line ({@code null} where the
 * series is suppressed, or the effect cannot be estimated). {@code centreShown} and {@code limitsShown} say whether the table has a
 * centre line column (run charts have one) and limit columns.
 */
public record ChartView(UUID seriesId, String title, String svg, String text, List<ChartRow> rows,
		boolean centreShown, boolean limitsShown, boolean suppressed, VariationBadge variation, AssuranceBadge assurance, String effect) {

	public ChartView {
		rows = List.copyOf(rows);
	}

	/** The base of the download links: {@code /maalinger/serier/{id}/graf}, to which .svg, .png or .pdf is added. */
	public String downloadBase() {
		return "/maalinger/serier/" + seriesId + "/graf";
	}
}
