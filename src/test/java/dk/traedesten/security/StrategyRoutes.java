package dk.traedesten.security;

import static dk.traedesten.security.RouteAuthorizationTests.Level.COORDINATOR;
import static dk.traedesten.security.RouteAuthorizationTests.Level.MUNICIPAL_USER;
import static dk.traedesten.security.RouteAuthorizationTests.get;
import static dk.traedesten.security.RouteAuthorizationTests.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.platform.tenancy.TenantScope;

import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of {@link RouteAuthorizationTests} and {@link TenantIsolationWalkTests} for the strategy module's pages, kept
 * in their own file so each module adds its routes without touching the others'.
 */
final class StrategyRoutes {

	static final String STEVNS_STRATEGY = "Sammen MED børnene";

	private StrategyRoutes() {
	}

	/**
	 * Reading is for everyone in a municipality; every change is the strategy coordinator's. Forms are sent empty
	 * (the answer is the form with its errors), moves without a direction (nothing moves), and removals name an item
	 * that does not exist (404 for the coordinator), so the walk changes nothing.
	 */
	static Map<String, RouteAuthorizationTests.Access> authorization(DemoData demo) {
		Ids ids = Ids.of(demo);
		String strategy = "/strategi/" + ids.strategy();
		Map<String, String> empty = Map.of();
		Map<String, RouteAuthorizationTests.Access> table = new LinkedHashMap<>();
		table.put("GET /strategi", get(MUNICIPAL_USER, "/strategi"));
		table.put("GET /strategi/{id}", get(MUNICIPAL_USER, strategy));
		table.put("GET /strategi/ny", get(COORDINATOR, "/strategi/ny"));
		table.put("POST /strategi/ny", post(COORDINATOR, "/strategi/ny", empty, 200));
		table.put("GET /strategi/{id}/rediger", get(COORDINATOR, strategy + "/rediger"));
		table.put("POST /strategi/{id}/rediger", post(COORDINATOR, strategy + "/rediger", empty, 200));
		table.put("GET /strategi/{id}/elementer", get(COORDINATOR, strategy + "/elementer"));
		table.put("POST /strategi/{id}/elementer", post(COORDINATOR, strategy + "/elementer", empty, 200));
		table.put("GET /strategi/{id}/elementer/{elementId}", get(COORDINATOR, strategy + "/elementer/" + ids.element()));
		table.put("POST /strategi/{id}/elementer/{elementId}",
				post(COORDINATOR, strategy + "/elementer/" + ids.element(), empty, 200));
		Map<String, UUID> items = Map.of("tidsplan", ids.milestone(), "aarshjul", ids.phase(), "kommunikation",
				ids.communication(), "onboarding", ids.onboarding());
		items.forEach((section, item) -> {
			table.put("GET /strategi/{id}/" + section, get(COORDINATOR, strategy + "/" + section));
			table.put("POST /strategi/{id}/" + section, post(COORDINATOR, strategy + "/" + section, empty, 200));
			table.put("GET /strategi/{id}/" + section + "/{itemId}", get(COORDINATOR, strategy + "/" + section + "/" + item));
			table.put("POST /strategi/{id}/" + section + "/{itemId}",
					post(COORDINATOR, strategy + "/" + section + "/" + item, empty, 200));
		});
		table.put("POST /strategi/{id}/{section}/{itemId}/flyt",
				post(COORDINATOR, strategy + "/tidsplan/" + ids.milestone() + "/flyt", empty, 302));
		table.put("POST /strategi/{id}/{section}/{itemId}/slet",
				post(COORDINATOR, strategy + "/tidsplan/" + UUID.randomUUID() + "/slet", empty, 404));
		return table;
	}

	/**
	 * København's administrator reads only København's strategy and gets 404 for Stevns'. Every change is the
	 * coordinator's, so the administrator is refused before any id is looked at (403, RouteAuthorizationTests);
	 * København's coordinator reaching for Stevns' ids on each of those routes is walked in
	 * {@code dk.traedesten.strategy.StrategyTenancyTests}.
	 */
	static Map<String, TenantIsolationWalkTests.Entry> tenancy(DemoData demo) {
		Ids ids = Ids.of(demo);
		Map<String, TenantIsolationWalkTests.Entry> table = new LinkedHashMap<>();
		table.put("GET /strategi", new TenantIsolationWalkTests.ScopedList("/strategi", "Plads til forskellighed"));
		table.put("GET /strategi/{id}", new TenantIsolationWalkTests.ForeignResource(HttpMethod.GET,
				"/strategi/" + ids.strategy(), Map.of(), STEVNS_STRATEGY));
		table.put("GET /strategi/ny", new TenantIsolationWalkTests.Exempt("empty form, for the coordinator only"));
		table.put("POST /strategi/ny", new TenantIsolationWalkTests.Exempt(
				"creates in the signed-in coordinator's own municipality; takes no id of a resource"));
		TenantIsolationWalkTests.Exempt coordinatorOnly = new TenantIsolationWalkTests.Exempt(
				"coordinator only: København's administrator gets 403 (RouteAuthorizationTests); København's coordinator"
						+ " reaching for Stevns' ids gets 404 and changes nothing (StrategyTenancyTests)");
		for (String route : authorization(demo).keySet()) {
			table.putIfAbsent(route, coordinatorOnly);
		}
		return table;
	}

	/** Ids of Stevns' demo strategy and one item of each of its lists. */
	record Ids(UUID strategy, UUID element, UUID milestone, UUID phase, UUID communication, UUID onboarding) {

		static Ids of(DemoData demo) {
			JdbcClient jdbc = jdbcOf(demo);
			return TenantScope.asSystem("test", () -> {
				UUID strategy = jdbc.sql("select id from strategy where municipality_code = 336 and title = :title")
					.param("title", STEVNS_STRATEGY).query(UUID.class).single();
				return new Ids(strategy, first(jdbc, "strategy_element", strategy), first(jdbc, "strategy_milestone", strategy),
						first(jdbc, "annual_cycle_phase", strategy), first(jdbc, "communication_item", strategy),
						first(jdbc, "onboarding_item", strategy));
			});
		}

		private static UUID first(JdbcClient jdbc, String table, UUID strategy) {
			return jdbc.sql("select id from " + table + " where strategy_id = :strategy order by position limit 1")
				.param("strategy", strategy).query(UUID.class).single();
		}

		private static JdbcClient jdbcOf(DemoData demo) {
			return demo.jdbc();
		}
	}
}
