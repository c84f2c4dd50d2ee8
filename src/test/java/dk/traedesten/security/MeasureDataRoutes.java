package dk.traedesten.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.security.RouteAuthorizationTests.Level;
import dk.traedesten.security.TenantIsolationWalkTests.ForeignResource;

import org.springframework.http.HttpMethod;

/**
 * The rows of {@link RouteAuthorizationTests} and {@link TenantIsolationWalkTests} for entry by hand and import of a series' points, kept in their
 * own file so each part of the app adds its routes without touching the others'.
 * <p>
 * Only a series' team enters its data ({@code SeriesDataTests} covers the team, a reader outside it and a stranger),
 * so the authorization rows ask for a series that does not exist: every municipal user passes the guard to the 404,
 * the platform administrator is refused, anonymous visitors go to sign-in. The tenancy rows reach for Stevns' demo
 * friendship series as a København user.
 */
final class MeasureDataRoutes {

	private MeasureDataRoutes() {
	}

	static Map<String, RouteAuthorizationTests.Access> authorization(DemoData demo) {
		String series = "/maalinger/serier/" + UUID.randomUUID();
		Map<String, RouteAuthorizationTests.Access> table = new LinkedHashMap<>();
		rows(series).forEach((route, request) -> table.put(route,
				new RouteAuthorizationTests.Access(Level.MUNICIPAL_USER, request.method(), request.uri(), request.form(), 404)));
		return table;
	}

	static Map<String, TenantIsolationWalkTests.Entry> tenancy(DemoData demo) {
		String group = "3.A og 3.B";
		String series = "/maalinger/serier/" + demo.series(group);
		Map<String, TenantIsolationWalkTests.Entry> table = new LinkedHashMap<>();
		rows(series).forEach((route, request) -> table.put(route,
				new ForeignResource(request.method(), request.uri(), request.form(), group)));
		return table;
	}

	private record Request(HttpMethod method, String uri, Map<String, String> form) {
	}

	private static Map<String, Request> rows(String series) {
		Map<String, String> grid = Map.of("rows[0].period", "20-09-2021", "rows[0].value", "1", "rows[0].denominator", "2");
		Map<String, Request> rows = new LinkedHashMap<>();
		rows.put("GET /maalinger/serier/{id}/data", new Request(HttpMethod.GET, series + "/data", Map.of()));
		rows.put("POST /maalinger/serier/{id}/data", new Request(HttpMethod.POST, series + "/data", grid));
		rows.put("GET /maalinger/serier/{id}/import", new Request(HttpMethod.GET, series + "/import", Map.of()));
		rows.put("POST /maalinger/serier/{id}/import", new Request(HttpMethod.POST, series + "/import", Map.of()));
		rows.put("POST /maalinger/serier/{id}/import/gem", new Request(HttpMethod.POST, series + "/import/gem",
				Map.of("token", UUID.randomUUID().toString())));
		rows.put("GET /maalinger/serier/{id}/skabelon.csv", new Request(HttpMethod.GET, series + "/skabelon.csv", Map.of()));
		return rows;
	}
}
