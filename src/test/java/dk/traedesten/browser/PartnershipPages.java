package dk.traedesten.browser;

import static dk.traedesten.browser.Account.ANONYMOUS;
import static dk.traedesten.browser.Account.COORDINATOR;
import static dk.traedesten.browser.Account.KL_ORGANISER;

import java.util.List;

/**
 * The pages of {@link PageAccessibilityBrowserTests} that partnerships add, named so that
 * {@code -Dtraedesten.pages='partnership|call me back'} selects them: the public page, the municipality's own page
 * and person form (with its errors), the organisers' overview, and "ring mig op" with its errors and queue.
 */
final class PartnershipPages {

	static final List<Page> PAGES = List.of(
			Page.at("partnerships public page", ANONYMOUS, "/partnerskaber"),
			Page.at("partnerships of the municipality", COORDINATOR, "/partnerskaber/kommune"),
			Page.at("partnership person form", COORDINATOR, "/partnerskaber/skole/personer/ny"),
			Page.at("partnership person form with errors", COORDINATOR, "/partnerskaber/skole/personer/ny")
				.submitting("main form#member-form"),
			Page.at("partnership overview", KL_ORGANISER, "/partnerskaber/oversigt"),
			Page.at("call me back form", ANONYMOUS, "/partnerskaber/ring-mig-op"),
			Page.at("call me back form with errors", ANONYMOUS, "/partnerskaber/ring-mig-op")
				.submitting("main form#callback-form"),
			Page.at("call me back queue", KL_ORGANISER, "/partnerskaber/ring-mig-op/koe"));

	private PartnershipPages() {
	}
}
