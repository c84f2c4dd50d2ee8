package dk.traedesten.browser;

import static dk.traedesten.browser.Account.COORDINATOR;
import static dk.traedesten.browser.Account.STAFF;

import java.util.List;

/** The pages of {@link PageAccessibilityBrowserTests} that this part of the app adds, one line each. */
final class TrialPages {

	static final String CALLS = "/proevehandlinger/ansoegningsrunder";

	/** The open call is the newest, so the first row; the closed demo call is the last. */
	static final String OPEN_CALL = "main table tbody tr:first-child a";

	static final String PAST_CALL = "main table tbody tr:last-child a";

	static Page newDraft(String name) {
		return Page.at(name, STAFF, CALLS).following(OPEN_CALL).following("main a.button-primary")
			.typing("#title", "Tilgængelighedsprøve").submitting("main form");
	}

	static Page step(String name, int number) {
		return newDraft(name).following("nav.step-nav li:nth-child(" + number + ") a");
	}

	static final List<Page> PAGES = List.of(
			Page.at("calls", STAFF, CALLS),
			Page.at("calls as coordinator", COORDINATOR, CALLS),
			Page.at("open call announcement", STAFF, CALLS).following(OPEN_CALL),
			Page.at("closed call announcement", STAFF, CALLS).following(PAST_CALL),
			Page.at("new call", COORDINATOR, CALLS + "/ny"),
			Page.at("new call errors", COORDINATOR, CALLS + "/ny").typing("#title", " ").submitting("main form"),
			Page.at("edit call", COORDINATOR, CALLS).following(PAST_CALL).following("main a[href$='/rediger']"),
			Page.at("new application", STAFF, CALLS).following(OPEN_CALL).following("main a.button-primary"),
			Page.at("new application without a call", STAFF, "/proevehandlinger/ny"),
			newDraft("application step 1"),
			step("application step 2", 2),
			step("application step 3", 3),
			step("application step 4", 4),
			step("application step 5", 5),
			step("application step 6", 6),
			step("application step 7", 7),
			step("application step 4 with a CPR number", 4).typing("#childPerspective", "Barnet 010203-1234 siger")
				.submitting("main form"),
			step("application step 5 with an extra row", 5).then(browser -> {
				var button = browser.find("main button[value='add-row']");
				button.click();
				browser.waitUntilGone(button);
			}),
			newDraft("draft trial page").following("nav.breadcrumbs li:nth-child(2) a"),
			step("ineligible trial page", 7).submitting("main form[action$='/indsend']"),
			Page.at("selection", COORDINATOR, CALLS).following(PAST_CALL).following("main a[href$='/udvaelgelse']"),
			Page.at("trial page as coordinator", COORDINATOR, CALLS).following(PAST_CALL)
				.following("main a[href$='/udvaelgelse']").following(".selection-item h2 a"),
			Page.at("selection reason missing", COORDINATOR, CALLS).following(PAST_CALL)
				.following("main a[href$='/udvaelgelse']").submitting("main form[action$='/udvaelgelse']"));

	private TrialPages() {
	}
}
