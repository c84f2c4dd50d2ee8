package dk.traedesten.browser;

import java.util.List;

/** The pages of {@link PageAccessibilityBrowserTests} that this part of the app adds, one line each. */
final class NotificationPages {

	static final List<Page> PAGES = List.of(Page.at("Notifikationer", Account.STAFF, "/notifikationer"));

	private NotificationPages() {
	}
}
