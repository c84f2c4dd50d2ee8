package dk.traedesten.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.RouteAuthorizationTests.Level;
import dk.traedesten.security.TenantIsolationWalkTests.Exempt;
import dk.traedesten.security.TenantIsolationWalkTests.ForeignResource;
import dk.traedesten.security.TenantIsolationWalkTests.ScopedList;

import org.springframework.http.HttpMethod;

/**
 * The rows of {@link RouteAuthorizationTests} and {@link TenantIsolationWalkTests} for indicators, series pages, notes, kept in their
 * own file so each part of the app adds its routes without touching the others'.
 * <p>
 * Who may read or add to one series, trial or unit depends on the person's part in it ({@code MeasurePagesTests} covers
 * the team, the coordinator and the committee); here the series routes are asked for ids that do not exist, which
 * every municipal user gets through the guard to a 404, the platform administrator (no municipality) a 403. The
 * tenancy rows reach for Stevns' demo series "3.A og 3.B", its trial and one of its units.
 */
final class MeasureRoutes {

	static final String SERIES = "3.A og 3.B";

	private MeasureRoutes() {
	}

	static Map<String, RouteAuthorizationTests.Access> authorization(DemoData demo) {
		String indicator = "/maalinger/indikatorer/" + indicator(demo, "Fravær");
		String series = "/maalinger/serier/" + UUID.randomUUID();
		Map<String, String> none = Map.of();
		Map<String, RouteAuthorizationTests.Access> table = new LinkedHashMap<>();
		table.put("GET /maalinger", access(Level.MUNICIPAL_USER, HttpMethod.GET, "/maalinger", none, 200));
		table.put("GET /maalinger/indikatorer", access(Level.MUNICIPAL_USER, HttpMethod.GET, "/maalinger/indikatorer", none, 200));
		table.put("GET /maalinger/indikatorer/ny", access(Level.COORDINATOR, HttpMethod.GET, "/maalinger/indikatorer/ny", none, 200));
		// A blank name: authorised, so the form comes back with its error and nothing is made.
		table.put("POST /maalinger/indikatorer/ny",
				access(Level.COORDINATOR, HttpMethod.POST, "/maalinger/indikatorer/ny", Map.of("name", ""), 200));
		table.put("POST /maalinger/indikatorer/skabelon",
				access(Level.COORDINATOR, HttpMethod.POST, "/maalinger/indikatorer/skabelon", none, 200));
		table.put("GET /maalinger/indikatorer/{id}/rediger",
				access(Level.COORDINATOR, HttpMethod.GET, indicator + "/rediger", none, 200));
		table.put("POST /maalinger/indikatorer/{id}/rediger",
				access(Level.COORDINATOR, HttpMethod.POST, indicator + "/rediger", Map.of("name", ""), 200));
		table.put("GET /maalinger/serier/ny", access(Level.MUNICIPAL_USER, HttpMethod.GET,
				"/maalinger/serier/ny?proevehandling=" + UUID.randomUUID(), none, 404));
		table.put("POST /maalinger/serier/ny", access(Level.MUNICIPAL_USER, HttpMethod.POST,
				"/maalinger/serier/ny?proevehandling=" + UUID.randomUUID(), Map.of("groupLabel", "4.A"), 404));
		table.put("GET /maalinger/serier/{id}", access(Level.MUNICIPAL_USER, HttpMethod.GET, series, none, 404));
		table.put("POST /maalinger/serier/{id}/noter",
				access(Level.MUNICIPAL_USER, HttpMethod.POST, series + "/noter", Map.of("text", "x"), 404));
		table.put("POST /maalinger/serier/{id}/noter/{noteId}/slet", access(Level.MUNICIPAL_USER, HttpMethod.POST,
				series + "/noter/" + UUID.randomUUID() + "/slet", none, 404));
		return table;
	}

	static Map<String, TenantIsolationWalkTests.Entry> tenancy(DemoData demo) {
		UUID series = demo.series(SERIES);
		UUID trial = demo.trialOfSeries(SERIES);
		UUID note = TenantScope.asSystem("test", () -> demo.jdbc()
			.sql("select id from measure_note where series_id = :series limit 1")
			.param("series", series)
			.query(UUID.class)
			.single());
		UUID unit = demo.unit("Strandengens Skole");
		String page = "/maalinger/serier/" + series;
		String coordinatorOnly = "coordinator only: København's administrator is refused (403) before any id is read;"
				+ " indicators are read under row-level security, so a foreign id finds nothing (MeasurePagesTests)";
		Map<String, TenantIsolationWalkTests.Entry> table = new LinkedHashMap<>();
		table.put("GET /maalinger", new ScopedList("/maalinger", null));
		table.put("GET /maalinger/indikatorer", new ScopedList("/maalinger/indikatorer", null));
		table.put("GET /maalinger/indikatorer/ny", new Exempt(coordinatorOnly));
		table.put("POST /maalinger/indikatorer/ny", new Exempt(coordinatorOnly));
		table.put("POST /maalinger/indikatorer/skabelon", new Exempt(coordinatorOnly));
		table.put("GET /maalinger/indikatorer/{id}/rediger", new Exempt(coordinatorOnly));
		table.put("POST /maalinger/indikatorer/{id}/rediger", new Exempt(coordinatorOnly));
		table.put("GET /maalinger/serier/ny",
				new ForeignResource(HttpMethod.GET, "/maalinger/serier/ny?proevehandling=" + trial, Map.of(), SERIES));
		table.put("POST /maalinger/serier/ny", new ForeignResource(HttpMethod.POST, "/maalinger/serier/ny?enhed=" + unit,
				Map.of("groupLabel", "Overtaget", "period", "WEEK", "childCount", "20"), "Strandengens Skole"));
		table.put("GET /maalinger/serier/{id}", new ForeignResource(HttpMethod.GET, page, Map.of(), SERIES));
		table.put("POST /maalinger/serier/{id}/noter", new ForeignResource(HttpMethod.POST, page + "/noter",
				Map.of("text", "Overtaget"), SERIES));
		table.put("POST /maalinger/serier/{id}/noter/{noteId}/slet",
				new ForeignResource(HttpMethod.POST, page + "/noter/" + note + "/slet", Map.of(), SERIES));
		return table;
	}

	private static RouteAuthorizationTests.Access access(Level level, HttpMethod method, String uri,
			Map<String, String> form, int status) {
		return new RouteAuthorizationTests.Access(level, method, uri, form, status);
	}

	private static UUID indicator(DemoData demo, String name) {
		return TenantScope.asSystem("test", () -> demo.jdbc()
			.sql("select id from indicator where municipality_code = :code and name = :name")
			.param("code", DemoData.STEVNS)
			.param("name", name)
			.query(UUID.class)
			.single());
	}
}
