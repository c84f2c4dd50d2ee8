package dk.traedesten.browser;

import static dk.traedesten.browser.Account.COMMITTEE_MEMBER;
import static dk.traedesten.browser.Account.COORDINATOR;
import static dk.traedesten.browser.Account.PSYCHOLOGIST;
import static dk.traedesten.browser.Account.STAFF;

import java.util.List;

/**
 * The pages of {@link PageAccessibilityBrowserTests} that this part of the app adds, one line each. Stevns' demo
 * series: the committee member's first is the group of four ("<5" outside the team); the psychologist works on
 * "Ro i overgangene på Fyrtårnet", whose only series is the one on the psychologist's list.
 */
final class MeasurePages {

	static final String SERIES_LINK = "main a[href^='/maalinger/serier/']";

	static final List<Page> PAGES = List.of(
			Page.at("measures", STAFF, "/maalinger"),
			Page.at("measures as coordinator", COORDINATOR, "/maalinger"),
			Page.at("indicators", STAFF, "/maalinger/indikatorer"),
			Page.at("indicators as coordinator", COORDINATOR, "/maalinger/indikatorer"),
			Page.at("new indicator", COORDINATOR, "/maalinger/indikatorer/ny"),
			Page.at("new indicator errors", COORDINATOR, "/maalinger/indikatorer/ny").submitting("main form.indicator-form"),
			Page.at("edit indicator", COORDINATOR, "/maalinger/indikatorer").following("main a[href$='/rediger']"),
			Page.at("series suppressed", COMMITTEE_MEMBER, "/maalinger").following(SERIES_LINK),
			Page.at("series as team", PSYCHOLOGIST, "/maalinger").following(SERIES_LINK),
			Page.at("series note errors", PSYCHOLOGIST, "/maalinger").following(SERIES_LINK)
				.submitting("main form[action$='/noter']"),
			Page.at("new series", PSYCHOLOGIST, "/maalinger").submitting("main form[action$='/serier/ny']"),
			Page.at("new series errors", PSYCHOLOGIST, "/maalinger").submitting("main form[action$='/serier/ny']")
				.submitting("main form[action*='/serier/ny?']"));

	private MeasurePages() {
	}
}
