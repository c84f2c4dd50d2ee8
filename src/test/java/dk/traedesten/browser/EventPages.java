package dk.traedesten.browser;

import static dk.traedesten.browser.Account.ANONYMOUS;
import static dk.traedesten.browser.Account.KL_ORGANISER;
import static dk.traedesten.browser.Account.STAFF;

import java.util.List;

/**
 * The pages of {@link PageAccessibilityBrowserTests} that events add, one line each: the public event page, the price
 * calculator with a result of each kind, and with its errors at the field (an empty number, a municipality without
 * a known population).
 */
final class EventPages {

	private static final String SUMMIT = "/arrangementer/boern-unge-topmoede-2021";

	static final List<Page> PAGES = List.of(
			Page.at("event list", ANONYMOUS, "/arrangementer"),
			Page.at("event list signed in", STAFF, "/arrangementer"),
			Page.at("event page", ANONYMOUS, SUMMIT),
			Page.at("event page signed in", STAFF, SUMMIT),
			Page.at("event page for its organiser", KL_ORGANISER, SUMMIT),
			Page.at("new event form", KL_ORGANISER, "/arrangementer/nyt"),
			Page.at("new event form with errors", KL_ORGANISER, "/arrangementer/nyt").submitting("main form#event-form"),
			Page.at("event planning", KL_ORGANISER, SUMMIT + "/planlaeg"),
			Page.at("event planning item errors", KL_ORGANISER, SUMMIT + "/planlaeg").submitting("main form#item-form"),
			Page.at("event planning group errors", KL_ORGANISER, SUMMIT + "/planlaeg").submitting("main form#group-form"),
			Page.at("event planning price errors", KL_ORGANISER, SUMMIT + "/planlaeg").typing("#perPerson", "tyve")
				.submitting("main form#price-form"),
			Page.at("run sheet", KL_ORGANISER, SUMMIT + "/drejebog"),
			Page.at("run sheet errors", KL_ORGANISER, SUMMIT + "/drejebog").submitting("main form#row-form"),
			Page.at("price for a municipality", ANONYMOUS, SUMMIT + "/pris?buyer=municipality&municipality=336"),
			Page.at("price for persons", ANONYMOUS, SUMMIT).typing("#persons", "11").submitting("main form#quote-persons"),
			Page.at("price errors", ANONYMOUS, SUMMIT).submitting("main form#quote-persons"),
			Page.at("price without population", ANONYMOUS, SUMMIT + "/pris?buyer=municipality&municipality=350"));

	private EventPages() {
	}
}
