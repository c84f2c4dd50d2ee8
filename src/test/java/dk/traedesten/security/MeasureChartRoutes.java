package dk.traedesten.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rows of {@link RouteAuthorizationTests} and {@link TenantIsolationWalkTests} for chart downloads (SVG, PNG, PDF), kept in their
 * own file so each part of the app adds its routes without touching the others'.
 */
final class MeasureChartRoutes {

	private MeasureChartRoutes() {
	}

	static Map<String, RouteAuthorizationTests.Access> authorization(DemoData demo) {
		Map<String, RouteAuthorizationTests.Access> table = new LinkedHashMap<>();
		return table;
	}

	static Map<String, TenantIsolationWalkTests.Entry> tenancy(DemoData demo) {
		Map<String, TenantIsolationWalkTests.Entry> table = new LinkedHashMap<>();
		return table;
	}
}
