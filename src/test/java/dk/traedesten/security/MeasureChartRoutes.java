package dk.traedesten.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.security.RouteAuthorizationTests.Level;
import dk.traedesten.security.TenantIsolationWalkTests.ForeignResource;

import org.springframework.http.HttpMethod;

/**
 * The rows of {@link RouteAuthorizationTests} and {@link TenantIsolationWalkTests} for chart downloads (SVG, PNG, PDF), kept in their
 * own file so each part of the app adds its routes without touching the others'.
 * <p>
 * Who may read a series depends on its trial, so the authorization rows ask for a series that does not exist: every
 * municipal user passes the guard to the 404, the platform administrator is refused, anonymous visitors go to
 * sign-in. The tenancy rows ask for Stevns' demo friendship series as a København user.
 */
final class MeasureChartRoutes {

	private static final String[] FORMATS = { "svg", "png", "pdf" };

	private MeasureChartRoutes() {
	}

	static Map<String, RouteAuthorizationTests.Access> authorization(DemoData demo) {
		String chart = "/maalinger/serier/" + UUID.randomUUID() + "/graf.";
		Map<String, RouteAuthorizationTests.Access> table = new LinkedHashMap<>();
		for (String format : FORMATS) {
			table.put("GET /maalinger/serier/{id}/graf." + format,
					new RouteAuthorizationTests.Access(Level.MUNICIPAL_USER, HttpMethod.GET, chart + format, Map.of(), 404));
		}
		return table;
	}

	static Map<String, TenantIsolationWalkTests.Entry> tenancy(DemoData demo) {
		String group = "3.A og 3.B";
		String chart = "/maalinger/serier/" + demo.series(group) + "/graf.";
		Map<String, TenantIsolationWalkTests.Entry> table = new LinkedHashMap<>();
		for (String format : FORMATS) {
			table.put("GET /maalinger/serier/{id}/graf." + format,
					new ForeignResource(HttpMethod.GET, chart + format, Map.of(), group));
		}
		return table;
	}
}
