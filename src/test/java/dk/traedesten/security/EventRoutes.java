package dk.traedesten.security;

import java.util.LinkedHashMap;
import java.util.Map;

import dk.traedesten.security.RouteAuthorizationTests.Level;
import dk.traedesten.security.TenantIsolationWalkTests.Exempt;

import org.springframework.http.HttpMethod;

/**
 * The rows of {@link RouteAuthorizationTests} and {@link TenantIsolationWalkTests} for events, kept in their own file
 * so each part of the app adds its routes without touching the others'. A published event's page, its price
 * calculator and the quote API are public (decision 0009); they read KL's demo summit.
 */
final class EventRoutes {

	static final String SUMMIT = "/arrangementer/boern-unge-topmoede-2021";

	private EventRoutes() {
	}

	static Map<String, RouteAuthorizationTests.Access> authorization(DemoData demo) {
		Map<String, RouteAuthorizationTests.Access> table = new LinkedHashMap<>();
		table.put("GET /arrangementer", get("/arrangementer"));
		table.put("GET /arrangementer/{slug}", get(SUMMIT));
		table.put("GET /arrangementer/{slug}/pris", get(SUMMIT + "/pris?buyer=persons&persons=11"));
		table.put("GET /api/v1/events/{slug}/quote", get("/api/v1/events/boern-unge-topmoede-2021/quote?persons=11"));
		return table;
	}

	static Map<String, TenantIsolationWalkTests.Entry> tenancy(DemoData demo) {
		String published = "public: a published event belongs to its organiser, not to a tenant, and is for everyone;"
				+ " drafts are hidden by row-level security from all but the organiser's people (EventVisibilityTests)";
		Map<String, TenantIsolationWalkTests.Entry> table = new LinkedHashMap<>();
		table.put("GET /arrangementer", new Exempt(published));
		table.put("GET /arrangementer/{slug}", new Exempt(published));
		table.put("GET /arrangementer/{slug}/pris", new Exempt(published));
		table.put("GET /api/v1/events/{slug}/quote", new Exempt(published));
		return table;
	}

	private static RouteAuthorizationTests.Access get(String uri) {
		return new RouteAuthorizationTests.Access(Level.PUBLIC, HttpMethod.GET, uri, Map.of(), 200);
	}
}
