package dk.traedesten.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.security.RouteAuthorizationTests.Level;
import dk.traedesten.security.TenantIsolationWalkTests.Exempt;

import org.springframework.http.HttpMethod;

/**
 * The rows of {@link RouteAuthorizationTests} and {@link TenantIsolationWalkTests} for the run sheet, the participant
 * list, name badges and the calendars (decision 0014). The organiser's routes name an event nobody organises, so
 * everyone the guard lets in gets 404 and nothing changes. The event calendar is public; a personal calendar with a
 * token that matches no seat is 404.
 */
final class RunSheetRoutes {

	private static final String UNKNOWN = "/arrangementer/findes-ikke";

	private RunSheetRoutes() {
	}

	static Map<String, RouteAuthorizationTests.Access> authorization(DemoData demo) {
		String row = UNKNOWN + "/drejebog/" + UUID.randomUUID();
		Map<String, RouteAuthorizationTests.Access> table = new LinkedHashMap<>();
		table.put("GET /arrangementer/{slug}/drejebog", organiser(HttpMethod.GET, UNKNOWN + "/drejebog"));
		table.put("POST /arrangementer/{slug}/drejebog", organiser(HttpMethod.POST, UNKNOWN + "/drejebog"));
		table.put("POST /arrangementer/{slug}/drejebog/fra-programmet",
				organiser(HttpMethod.POST, UNKNOWN + "/drejebog/fra-programmet"));
		table.put("GET /arrangementer/{slug}/drejebog/{rowId}", organiser(HttpMethod.GET, row));
		table.put("POST /arrangementer/{slug}/drejebog/{rowId}", organiser(HttpMethod.POST, row));
		table.put("POST /arrangementer/{slug}/drejebog/{rowId}/afkrydset", organiser(HttpMethod.POST, row + "/afkrydset"));
		table.put("POST /arrangementer/{slug}/drejebog/{rowId}/slet", organiser(HttpMethod.POST, row + "/slet"));
		table.put("GET /arrangementer/{slug}/drejebog.pdf", organiser(HttpMethod.GET, UNKNOWN + "/drejebog.pdf"));
		table.put("GET /arrangementer/{slug}/deltagere.csv", organiser(HttpMethod.GET, UNKNOWN + "/deltagere.csv"));
		table.put("GET /arrangementer/{slug}/navneskilte.pdf", organiser(HttpMethod.GET, UNKNOWN + "/navneskilte.pdf"));
		table.put("GET /arrangementer/{slug}/kalender.ics", new RouteAuthorizationTests.Access(Level.PUBLIC,
				HttpMethod.GET, EventRoutes.SUMMIT + "/kalender.ics", Map.of(), 200));
		table.put("GET /arrangementer/{slug}/kalender/{token}.ics", new RouteAuthorizationTests.Access(Level.PUBLIC,
				HttpMethod.GET, EventRoutes.SUMMIT + "/kalender/" + "0".repeat(64) + ".ics", Map.of(), 404));
		return table;
	}

	static Map<String, TenantIsolationWalkTests.Entry> tenancy(DemoData demo) {
		String organiser = "refused by role (403) for København's administrator; an organiser reaches only the events "
				+ "they organise (row-level security, V015 and V030)";
		Map<String, TenantIsolationWalkTests.Entry> table = new LinkedHashMap<>();
		for (String route : authorization(demo).keySet()) {
			table.put(route, new Exempt(organiser));
		}
		table.put("GET /arrangementer/{slug}/kalender.ics",
				new Exempt("public: a published event's calendar, like its page"));
		table.put("GET /arrangementer/{slug}/kalender/{token}.ics", new Exempt(
				"no sign-in: the secret token names one seat, checked by the database function of V030"));
		return table;
	}

	private static RouteAuthorizationTests.Access organiser(HttpMethod method, String uri) {
		return new RouteAuthorizationTests.Access(Level.EVENT_ORGANISER, method, uri, Map.of(), 404);
	}
}
