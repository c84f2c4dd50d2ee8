package dk.traedesten.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.security.RouteAuthorizationTests.Level;
import dk.traedesten.security.TenantIsolationWalkTests.Exempt;

import org.springframework.http.HttpMethod;

/**
 * The rows of {@link RouteAuthorizationTests} and {@link TenantIsolationWalkTests} for invoicing an event. Only an
 * event organiser or a platform administrator passes the guard; the rows name an event that does not exist, so
 * those let in get 404 and nothing is closed or credited. That Stevns' organiser gets nothing of KL's summit is the
 * database's rule, shown in InvoicingTests. København's administrator has no organiser role and is refused
 * at the guard (see {@link #tenancy}).
 */
final class InvoiceRoutes {

	/** An event nobody organises: every visitor the guard lets in gets 404, and nothing changes. */
	static final String INVOICES = "/arrangementer/findes-ikke/fakturaer";

	private InvoiceRoutes() {
	}

	static Map<String, RouteAuthorizationTests.Access> authorization(DemoData demo) {
		String invoice = INVOICES + "/" + UUID.randomUUID();
		Map<String, RouteAuthorizationTests.Access> table = new LinkedHashMap<>();
		table.put("GET /arrangementer/{slug}/fakturaer", notOurs(HttpMethod.GET, INVOICES));
		table.put("POST /arrangementer/{slug}/fakturaer/luk", notOurs(HttpMethod.POST, INVOICES + "/luk"));
		table.put("POST /arrangementer/{slug}/fakturaer/{id}/krediter", notOurs(HttpMethod.POST, invoice + "/krediter"));
		table.put("GET /arrangementer/{slug}/fakturaer/{id}/pdf", notOurs(HttpMethod.GET, invoice + "/pdf"));
		table.put("GET /arrangementer/{slug}/fakturaer/{id}/ubl", notOurs(HttpMethod.GET, invoice + "/ubl"));
		table.put("GET /arrangementer/{slug}/fakturaer/csv", notOurs(HttpMethod.GET, INVOICES + "/csv"));
		return table;
	}

	/**
	 * København's administrator holds no EVENT_ORGANISER role, so the guard refuses every invoicing route with 403
	 * before any id is read (the authorization rows above check that for every visitor). The rule that matters for
	 * tenancy, that an organiser sees only the events they organise and a buyer only its own invoices, is the
	 * database's: InvoicingTests shows Stevns' organiser no invoicing of KL's summit and København reading its own
	 * invoices only.
	 */
	static Map<String, TenantIsolationWalkTests.Entry> tenancy(DemoData demo) {
		String reason = "refused by role (403) for København's administrator; organiser and buyer rules in "
				+ "InvoiceRoutes.authorization and InvoicingTests";
		Map<String, TenantIsolationWalkTests.Entry> table = new LinkedHashMap<>();
		for (String route : authorization(demo).keySet()) {
			table.put(route, new Exempt(reason));
		}
		return table;
	}

	private static RouteAuthorizationTests.Access notOurs(HttpMethod method, String uri) {
		return new RouteAuthorizationTests.Access(Level.EVENT_ORGANISER, method, uri, Map.of(), 404);
	}
}
