package dk.traedesten.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.security.RouteAuthorizationTests.Level;
import dk.traedesten.security.TenantIsolationWalkTests.Exempt;

import org.springframework.http.HttpMethod;

/**
 * The rows of {@link RouteAuthorizationTests} and {@link TenantIsolationWalkTests} for a webinar's roundtables. The
 * guard lets in event organisers and platform administrators; on an event nobody organises every one of them gets
 * 404 and nothing changes. That another municipality's organiser gets 404 on København's real webinar and its tables,
 * and that København's own organiser gets through, is RoundtableTests.
 */
final class RoundtableRoutes {

	private static final String UNKNOWN = "/arrangementer/findes-ikke/rundborde";

	private RoundtableRoutes() {
	}

	static Map<String, RouteAuthorizationTests.Access> authorization(DemoData demo) {
		String table = UNKNOWN + "/" + UUID.randomUUID();
		Map<String, RouteAuthorizationTests.Access> rows = new LinkedHashMap<>();
		rows.put("GET /arrangementer/{slug}/rundborde", access(HttpMethod.GET, UNKNOWN, Map.of()));
		rows.put("POST /arrangementer/{slug}/rundborde/fordel",
				access(HttpMethod.POST, UNKNOWN + "/fordel", Map.of("capacity", "40")));
		rows.put("POST /arrangementer/{slug}/rundborde/flyt", access(HttpMethod.POST, UNKNOWN + "/flyt",
				Map.of("participant", UUID.randomUUID().toString(), "table", UUID.randomUUID().toString())));
		rows.put("GET /arrangementer/{slug}/rundborde/opsamling", access(HttpMethod.GET, UNKNOWN + "/opsamling", Map.of()));
		rows.put("GET /arrangementer/{slug}/rundborde/opsamling.pdf",
				access(HttpMethod.GET, UNKNOWN + "/opsamling.pdf", Map.of()));
		rows.put("GET /arrangementer/{slug}/rundborde/{tableId}", access(HttpMethod.GET, table, Map.of()));
		rows.put("POST /arrangementer/{slug}/rundborde/{tableId}",
				access(HttpMethod.POST, table, Map.of("summary", "Overtaget")));
		return rows;
	}

	static Map<String, TenantIsolationWalkTests.Entry> tenancy(DemoData demo) {
		String reason = "refused by role (403) for København's administrator; an organiser reaches only the roundtables "
				+ "of events they organise (row-level security, V015 and V031), shown in RoundtableTests";
		Map<String, TenantIsolationWalkTests.Entry> rows = new LinkedHashMap<>();
		for (String route : authorization(demo).keySet()) {
			rows.put(route, new Exempt(reason));
		}
		return rows;
	}

	private static RouteAuthorizationTests.Access access(HttpMethod method, String uri, Map<String, String> form) {
		return new RouteAuthorizationTests.Access(Level.EVENT_ORGANISER, method, uri, form, 404);
	}
}
