package dk.traedesten.browser;

import static dk.traedesten.browser.Account.PLATFORM_ADMINISTRATOR;

import java.util.List;

/**
 * The invoicing page of {@link PageAccessibilityBrowserTests}: KL's demo summit with its invoices issued, as the
 * platform administrator sees it (KL's organisers work in the platform-wide scope until they can sign in, decision
 * 0009).
 */
final class InvoicePages {

	private static final String INVOICES = "/arrangementer/boern-unge-topmoede-2021/fakturaer";

	static final List<Page> PAGES = List.of(Page.at("invoices of the summit", PLATFORM_ADMINISTRATOR, INVOICES));

	private InvoicePages() {
	}
}
