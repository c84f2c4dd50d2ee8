package dk.traedesten.browser;

import static dk.traedesten.browser.Account.ADMINISTRATOR;
import static dk.traedesten.browser.Account.ANONYMOUS;

import java.util.List;

/**
 * The committee pages of {@link PageAccessibilityBrowserTests}, one line each: the public pages as an anonymous visitor
 * (Herning's item 20 reached through the search), and the secretary's pages as Stevns' administrator on its planned
 * meeting and draft item, with their forms' errors.
 */
final class CommitteePages {

	private static final String FIRST_ROW = "main table tbody a";

	private static final String MEETING = "main table tbody a[href*='/moeder/']";

	static final List<Page> PAGES = List.of(
			Page.at("committees", ANONYMOUS, "/udvalg"),
			Page.at("committee", ANONYMOUS, "/udvalg").following(FIRST_ROW),
			Page.at("committee meeting agenda", ANONYMOUS, "/udvalg").following(FIRST_ROW).following(FIRST_ROW),
			Page.at("committee search", ANONYMOUS, "/udvalg/soeg"),
			Page.at("committee search results", ANONYMOUS, "/udvalg/soeg?q=topmøde"),
			Page.at("committee agenda item", ANONYMOUS, "/udvalg/soeg?q=topmøde").following("main .overview-list a"),
			Page.at("committee minutes", ANONYMOUS, "/udvalg/soeg?q=topmøde")
				.following("main .overview-list a[href*='/moeder/']"),
			Page.at("committees as administrator", ADMINISTRATOR, "/udvalg"),
			Page.at("committee administration", ADMINISTRATOR, "/udvalg/administration"),
			Page.at("new committee meeting", ADMINISTRATOR, "/udvalg/administration").following("main a[href$='/nyt-moede']"),
			Page.at("new committee meeting errors", ADMINISTRATOR, "/udvalg/administration")
				.following("main a[href$='/nyt-moede']").submitting("main form#meeting-form"),
			Page.at("committee meeting administration", ADMINISTRATOR, "/udvalg/administration").following(MEETING),
			Page.at("new agenda item errors", ADMINISTRATOR, "/udvalg/administration").following(MEETING)
				.submitting("main form#new-item-form"),
			Page.at("agenda item form", ADMINISTRATOR, "/udvalg/administration").following(MEETING).following(FIRST_ROW),
			Page.at("agenda item form errors", ADMINISTRATOR, "/udvalg/administration").following(MEETING)
				.following(FIRST_ROW).typing("#caseNumber", "2020-123").typing("#title", "").submitting("main form#item-form"));

	private CommitteePages() {
	}
}
