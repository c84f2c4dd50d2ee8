package dk.traedesten.browser;

import static dk.traedesten.browser.Account.PSYCHOLOGIST;

import java.util.List;

/**
 * The pages of {@link PageAccessibilityBrowserTests} that this part of the app adds, one line each. They start from
 * the psychologist's series (the team of "Ro i overgangene på Fyrtårnet", whose weekly absence series is the only one
 * on the psychologist's list, see {@link MeasurePages}) and follow its "enter data" and "import" links.
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
				.choosingFile("#file", "periode;tæller;nævner\n20-09-2021;abc;0\n20-09-2021;3;2\n")
				.submitting("main form"),
			series("series import preview").following(IMPORT)
				.choosingFile("#file", "periode;tæller;nævner;bemærkning\n20-09-2021;1;20;\n27-09-2021;2,5;20;syg\n")
				.submitting("main form"));

	private MeasureDataPages() {
	}

	private static Page series(String name) {
		return Page.at(name, PSYCHOLOGIST, "/maalinger").following(MeasurePages.SERIES_LINK);
	}
}
