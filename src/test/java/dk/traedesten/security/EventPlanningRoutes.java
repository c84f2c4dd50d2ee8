package dk.traedesten.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.security.RouteAuthorizationTests.Level;
import dk.traedesten.security.TenantIsolationWalkTests.Exempt;

import org.springframework.http.HttpMethod;

/**
 * The rows of {@link RouteAuthorizationTests} and {@link TenantIsolationWalkTests} for planning events by hand. The
 * guard lets in event organisers and platform administrators; on an event nobody organises every one of them gets
 * 404 and nothing changes. That another organiser gets 404 on a real event, and its own organiser 200, is
 * EventPlanningTests.
 */
final class EventPlanningRoutes {

	private static final String UNKNOWN = "/arrangementer/findes-ikke/planlaeg";

	private EventPlanningRoutes() {
	}

	static Map<String, RouteAuthorizationTests.Access> authorization(DemoData demo) {
		Map<String, RouteAuthorizationTests.Access> table = new LinkedHashMap<>();
		table.put("GET /arrangementer/nyt", access(HttpMethod.GET, "/arrangementer/nyt", Map.of(), 200));
		// An empty form: the organiser gets it back with its field errors, nothing is saved.
		table.put("POST /arrangementer/nyt", access(HttpMethod.POST, "/arrangementer/nyt", Map.of("title", ""), 200));
		table.put("GET /arrangementer/{slug}/planlaeg", access(HttpMethod.GET, UNKNOWN, Map.of(), 404));
		table.put("POST /arrangementer/{slug}/planlaeg/punkter",
				access(HttpMethod.POST, UNKNOWN + "/punkter", Map.of("title", "Velkommen"), 404));
		table.put("POST /arrangementer/{slug}/planlaeg/punkter/{itemId}/slet",
				access(HttpMethod.POST, UNKNOWN + "/punkter/" + UUID.randomUUID() + "/slet", Map.of(), 404));
		table.put("POST /arrangementer/{slug}/planlaeg/valggrupper",
				access(HttpMethod.POST, UNKNOWN + "/valggrupper", Map.of("name", "Temamøder"), 404));
		table.put("POST /arrangementer/{slug}/planlaeg/valggrupper/{groupId}/slet",
				access(HttpMethod.POST, UNKNOWN + "/valggrupper/" + UUID.randomUUID() + "/slet", Map.of(), 404));
		table.put("POST /arrangementer/{slug}/planlaeg/priser",
				access(HttpMethod.POST, UNKNOWN + "/priser", Map.of("perPerson", "0"), 404));
		table.put("POST /arrangementer/{slug}/planlaeg/bindende",
				access(HttpMethod.POST, UNKNOWN + "/bindende", Map.of("bindingFrom", ""), 404));
		table.put("POST /arrangementer/{slug}/planlaeg/offentliggoer",
				access(HttpMethod.POST, UNKNOWN + "/offentliggoer", Map.of(), 404));
		return table;
	}

	static Map<String, TenantIsolationWalkTests.Entry> tenancy(DemoData demo) {
		String reason = "refused by role (403) for København's administrator; an organiser reaches only the events "
				+ "they organise (row-level security, V015), shown in EventPlanningTests";
		Map<String, TenantIsolationWalkTests.Entry> table = new LinkedHashMap<>();
		for (String route : authorization(demo).keySet()) {
			table.put(route, new Exempt(reason));
		}
		return table;
	}

	private static RouteAuthorizationTests.Access access(HttpMethod method, String uri, Map<String, String> form,
			int status) {
		return new RouteAuthorizationTests.Access(Level.EVENT_ORGANISER, method, uri, form, status);
	}
}
