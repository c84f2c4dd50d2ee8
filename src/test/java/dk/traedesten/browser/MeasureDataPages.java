package dk.traedesten.browser;

import static dk.traedesten.browser.Account.PSYCHOLOGIST;

import java.util.List;

/**
 * The pages of {@link PageAccessibilityBrowserTests} that this part of the app adds, one line each. They start from
 * the psychologist's series (the first on the psychologist's list, see {@link MeasurePages}: the demo's monthly social
 * well-being of "Indskolingen", a mean on the 1–5 scale) and follow its "enter data" and "import" links.
 */
final class MeasureDataPages {

	static final String GRID = "main a[href$='/data']";

	static final String IMPORT = "main a[href$='/import']";

	static final List<Page> PAGES = List.of(
			series("series data entry").following(GRID),
			series("series data entry errors").following(GRID).typing("#rows0-value", "fem").typing("#rows1-period", "32-13-2021")
				.submitting("main form.measure-grid"),
			series("series import").following(IMPORT),
			series("series import without a file").following(IMPORT).submitting("main form"),
			series("series import problems").following(IMPORT)
				.choosingFile("#file", "periode;gennemsnit\n01-09-2021;abc\n01-10-2021;7\n")
				.submitting("main form"),
			series("series import preview").following(IMPORT)
				.choosingFile("#file", "periode;gennemsnit;bemærkning\n01-09-2021;3,9;\n01-10-2021;4,1;Skolefest\n")
				.submitting("main form"));

	private MeasureDataPages() {
	}

	private static Page series(String name) {
		return Page.at(name, PSYCHOLOGIST, "/maalinger").following(MeasurePages.SERIES_LINK);
	}
}
