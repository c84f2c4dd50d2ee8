package dk.traedesten.browser;

import static dk.traedesten.browser.Account.ADMINISTRATOR;

import java.util.List;

/**
 * The pages of follow-ups and papers (decision 0017) in {@link PageAccessibilityBrowserTests}: Stevns' committee's
 * follow-up page as its secretary, and the secretary's item page with the paper form and its errors.
 */
final class CommitteeFollowUpPages {

	private static final String FIRST_ROW = "main table tbody a";

	private static final String MEETING = "main table tbody a[href*='/moeder/']";

	static final List<Page> PAGES = List.of(
			Page.at("committee follow-up page", ADMINISTRATOR, "/udvalg/administration")
				.following("main a[href$='/opfoelgning']"),
			Page.at("paper form errors", ADMINISTRATOR, "/udvalg/administration").following(MEETING)
				.following(FIRST_ROW).typing("#paperCaseNumber", "2020-1").submitting("main form#paper-form"));

	private CommitteeFollowUpPages() {
	}
}
