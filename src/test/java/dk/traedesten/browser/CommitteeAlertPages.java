package dk.traedesten.browser;

import static dk.traedesten.browser.Account.ADMINISTRATOR;
import static dk.traedesten.browser.Account.ANONYMOUS;

import java.util.List;

/**
 * The pages of following committees by e-mail, as an anonymous visitor, and the secretary's confirmation before a
 * removal, as Stevns' administrator on its planned meeting.
 */
final class CommitteeAlertPages {

	private static final String FIRST_ROW = "main table tbody a";

	private static final String MEETING = "main table tbody a[href*='/moeder/']";

	static final List<Page> PAGES = List.of(
			Page.at("committee alert follow committee", ANONYMOUS, "/udvalg").following(FIRST_ROW)
				.following("main a[href$='/foelg']"),
			Page.at("committee alert follow committee errors", ANONYMOUS, "/udvalg").following(FIRST_ROW)
				.following("main a[href$='/foelg']").submitting("main form#follow-form"),
			Page.at("committee alert follow search", ANONYMOUS, "/udvalg/soeg/foelg?q=topmøde"),
			Page.at("committee alert follow search errors", ANONYMOUS, "/udvalg/soeg/foelg?q=topmøde")
				.submitting("main form#follow-form"),
			Page.at("committee alert check mail", ANONYMOUS, "/udvalg/foelg/tjek-din-post"),
			Page.at("committee alert confirm", ANONYMOUS, "/udvalg/foelg/bekraeft?token=ugyldig"),
			Page.at("committee alert invalid link", ANONYMOUS, "/udvalg/foelg/bekraeft?token=ugyldig")
				.submitting("main form#link-form"),
			Page.at("committee alert unsubscribe", ANONYMOUS, "/udvalg/foelg/afmeld?token=ugyldig"),
			Page.at("committee alert delete meeting", ADMINISTRATOR, "/udvalg/administration").following(MEETING)
				.following("main a[href$='/slet']"));

	private CommitteeAlertPages() {
	}
}
