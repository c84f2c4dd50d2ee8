package dk.traedesten.browser;

import static dk.traedesten.browser.Account.COORDINATOR;
import static dk.traedesten.browser.Account.STAFF;

import java.util.List;

/**
 * The pages of {@link PageAccessibilityBrowserTests} that this part of the app adds, one line each. The empty state
 * (a municipality without a strategy) needs a Herning account, which the browser accounts do not have, so it is
 * covered by {@code StrategyReadingTests} only; the platform administrator gets the 403 page already listed.
 */
final class StrategyPages {

	private static final String EDIT = "main a[href$='/rediger']";

	private static final String FIRST_ITEM = "main table tbody a";

	private static final String ITEM_FORM = "main form#item-form";

	static final List<Page> PAGES = List.of(
			Page.at("strategy", STAFF, "/strategi"),
			Page.at("strategy as coordinator", COORDINATOR, "/strategi"),
			Page.at("strategy basics", COORDINATOR, "/strategi").following(EDIT),
			Page.at("strategy basics errors", COORDINATOR, "/strategi").following(EDIT).typing("#title", "")
				.submitting("main form#strategy-form"),
			Page.at("new strategy", COORDINATOR, "/strategi/ny?skabelon=kvintet"),
			Page.at("new strategy errors", COORDINATOR, "/strategi/ny").submitting("main form#strategy-form"),
			Page.at("strategy elements", COORDINATOR, "/strategi").following("main a[href$='/elementer']"),
			Page.at("strategy element", COORDINATOR, "/strategi").following("main a[href$='/elementer']")
				.following(FIRST_ITEM),
			Page.at("strategy element errors", COORDINATOR, "/strategi").following("main a[href$='/elementer']")
				.submitting(ITEM_FORM),
			Page.at("strategy timeline", COORDINATOR, "/strategi").following("main a[href$='/tidsplan']"),
			Page.at("strategy milestone", COORDINATOR, "/strategi").following("main a[href$='/tidsplan']")
				.following(FIRST_ITEM),
			Page.at("strategy milestone errors", COORDINATOR, "/strategi").following("main a[href$='/tidsplan']")
				.typing("#startsOn", "01092024").typing("#endsOn", "01062024").submitting(ITEM_FORM),
			Page.at("strategy annual cycle", COORDINATOR, "/strategi").following("main a[href$='/aarshjul']"),
			Page.at("strategy phase", COORDINATOR, "/strategi").following("main a[href$='/aarshjul']")
				.following(FIRST_ITEM),
			Page.at("strategy phase errors", COORDINATOR, "/strategi").following("main a[href$='/aarshjul']")
				.submitting(ITEM_FORM),
			Page.at("strategy communication plan", COORDINATOR, "/strategi").following("main a[href$='/kommunikation']"),
			Page.at("strategy communication row", COORDINATOR, "/strategi").following("main a[href$='/kommunikation']")
				.following(FIRST_ITEM),
			Page.at("strategy communication errors", COORDINATOR, "/strategi")
				.following("main a[href$='/kommunikation']").submitting(ITEM_FORM),
			Page.at("strategy onboarding", COORDINATOR, "/strategi").following("main a[href$='/onboarding']"),
			Page.at("strategy onboarding item", COORDINATOR, "/strategi").following("main a[href$='/onboarding']")
				.following(FIRST_ITEM),
			Page.at("strategy onboarding errors", COORDINATOR, "/strategi").following("main a[href$='/onboarding']")
				.submitting(ITEM_FORM));

	private StrategyPages() {
	}
}
