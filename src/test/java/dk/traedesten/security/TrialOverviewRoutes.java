package dk.traedesten.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rows of {@link RouteAuthorizationTests} and {@link TenantIsolationWalkTests} for the trial overviews: dashboard, my trials, search, kept
 * in their own file so each module adds its routes without touching the others'. Which trials each person sees on
 * these pages, and that København sees none of Stevns' trials with Stevns trials present, is tested in
 * {@code dk.traedesten.trials.overview.TrialOverviewAccessTests}.
 */
final class TrialOverviewRoutes {

	private TrialOverviewRoutes() {
	}

	static Map<String, RouteAuthorizationTests.Access> authorization(DemoData demo) {
		Map<String, RouteAuthorizationTests.Access> table = new LinkedHashMap<>();
		table.put("GET /proevehandlinger", RouteAuthorizationTests.get(RouteAuthorizationTests.Level.MUNICIPAL_USER,
				"/proevehandlinger"));
		table.put("GET /proevehandlinger/soeg", RouteAuthorizationTests.get(
				RouteAuthorizationTests.Level.MUNICIPAL_USER, "/proevehandlinger/soeg?q=venskab&state=SUBMITTED&page=2"));
		return table;
	}

	static Map<String, TenantIsolationWalkTests.Entry> tenancy(DemoData demo) {
		Map<String, TenantIsolationWalkTests.Entry> table = new LinkedHashMap<>();
		table.put("GET /proevehandlinger", new TenantIsolationWalkTests.ScopedList("/proevehandlinger", null));
		table.put("GET /proevehandlinger/soeg", new TenantIsolationWalkTests.ScopedList(
				"/proevehandlinger/soeg?unit=" + demo.unit("Strandengens Skole"), null));
		return table;
	}
}
