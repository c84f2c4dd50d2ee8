package dk.traedesten.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.RouteAuthorizationTests.Level;
import dk.traedesten.security.TenantIsolationWalkTests.Exempt;

import org.springframework.http.HttpMethod;

/**
 * The rows of {@link RouteAuthorizationTests} and {@link TenantIsolationWalkTests} for invoicing an event. Only an
 * event organiser passes the guard; Stevns' organiser does not organise KL's demo summit, so the database's rule
 * answers 404 and nothing is closed or credited. København's administrator has no organiser role and is refused
 * at the guard (see {@link #tenancy}).
 */
final class InvoiceRoutes {

	static final String INVOICES = EventRoutes.SUMMIT + "/fakturaer";

	private InvoiceRoutes() {
	}

	static Map<String, RouteAuthorizationTests.Access> authorization(DemoData demo) {
		String invoice = INVOICES + "/" + stevnsInvoice(demo);
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
	 * database's: Stevns' organiser gets 404 on KL's summit above, and InvoicingTests shows København reading its own
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

	private static UUID stevnsInvoice(DemoData demo) {
		return TenantScope.asSystem("test", () -> demo.jdbc()
			.sql("select id from event_invoice where buyer_code = 336 and kind = 'INVOICE'")
			.query(UUID.class)
			.single());
	}
}
