package dk.traedesten.security;

import static dk.traedesten.security.RouteAuthorizationTests.get;
import static dk.traedesten.security.RouteAuthorizationTests.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.RouteAuthorizationTests.Level;
import dk.traedesten.security.TenantIsolationWalkTests.Exempt;
import dk.traedesten.security.TenantIsolationWalkTests.ForeignResource;
import dk.traedesten.security.TenantIsolationWalkTests.ScopedList;

import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of {@link RouteAuthorizationTests} and {@link TenantIsolationWalkTests} for calls, applications, eligibility, lifecycle and selection, kept
 * in their own file so each module adds its routes without touching the others'. Routes about one trial are
 * asked for with an unknown trial: whoever the route lets in gets 404, so the table checks the route's own
 * guard; who may do what with a particular trial is walked in {@code TrialAccessTests}.
 */
final class TrialRoutes {

	static final String PAST_CALL = "Prøvehandlinger 2025–26";

	private TrialRoutes() {
	}

	static Map<String, RouteAuthorizationTests.Access> authorization(DemoData demo) {
		String call = "/proevehandlinger/ansoegningsrunder/" + call(demo);
		String unknown = "/proevehandlinger/" + UUID.randomUUID();
		String unit = "/enheder/" + UUID.randomUUID();
		Map<String, String> none = Map.of();
		Map<String, RouteAuthorizationTests.Access> table = new LinkedHashMap<>();
		table.put("GET /proevehandlinger/ansoegningsrunder", get(Level.MUNICIPAL_USER, "/proevehandlinger/ansoegningsrunder"));
		table.put("GET /proevehandlinger/ansoegningsrunder/ny", get(Level.COORDINATOR, "/proevehandlinger/ansoegningsrunder/ny"));
		table.put("POST /proevehandlinger/ansoegningsrunder/ny",
				post(Level.COORDINATOR, "/proevehandlinger/ansoegningsrunder/ny", Map.of("title", ""), 200));
		table.put("GET /proevehandlinger/ansoegningsrunder/{callId}", get(Level.MUNICIPAL_USER, call));
		table.put("GET /proevehandlinger/ansoegningsrunder/{callId}/rediger", get(Level.COORDINATOR, call + "/rediger"));
		table.put("POST /proevehandlinger/ansoegningsrunder/{callId}/rediger",
				post(Level.COORDINATOR, call + "/rediger", Map.of("title", ""), 200));
		table.put("GET /proevehandlinger/ansoegningsrunder/{callId}/udvaelgelse", get(Level.COORDINATOR, call + "/udvaelgelse"));
		table.put("GET /proevehandlinger/ny", get(Level.MUNICIPAL_USER, "/proevehandlinger/ny"));
		table.put("POST /proevehandlinger/ny", post(Level.MUNICIPAL_USER, "/proevehandlinger/ny", Map.of("title", ""), 200));
		table.put("GET /proevehandlinger/{id}", new RouteAuthorizationTests.Access(Level.MUNICIPAL_USER, HttpMethod.GET,
				unknown, none, 404));
		table.put("GET /proevehandlinger/{id}/ansoegning/{step}", new RouteAuthorizationTests.Access(Level.MUNICIPAL_USER,
				HttpMethod.GET, unknown + "/ansoegning/indsats", none, 404));
		table.put("POST /proevehandlinger/{id}/ansoegning/{step}",
				post(Level.MUNICIPAL_USER, unknown + "/ansoegning/indsats", Map.of("title", "x"), 404));
		table.put("POST /proevehandlinger/{id}/enheder", post(Level.MUNICIPAL_USER, unknown + "/enheder", none, 404));
		table.put("POST /proevehandlinger/{id}/enheder/{unitId}/fjern",
				post(Level.MUNICIPAL_USER, unknown + unit + "/fjern", none, 404));
		table.put("POST /proevehandlinger/{id}/enheder/{unitId}/bekraeft",
				post(Level.MUNICIPAL_USER, unknown + unit + "/bekraeft", none, 404));
		table.put("POST /proevehandlinger/{id}/enheder/{unitId}/godkend",
				post(Level.LEADER, unknown + unit + "/godkend", none, 404));
		table.put("POST /proevehandlinger/{id}/deltagere", post(Level.MUNICIPAL_USER, unknown + "/deltagere", none, 404));
		table.put("POST /proevehandlinger/{id}/deltagere/{personId}/fjern",
				post(Level.MUNICIPAL_USER, unknown + "/deltagere/" + UUID.randomUUID() + "/fjern", none, 404));
		table.put("POST /proevehandlinger/{id}/godkendelser", post(Level.MUNICIPAL_USER, unknown + "/godkendelser", none, 404));
		table.put("POST /proevehandlinger/{id}/indsend", post(Level.MUNICIPAL_USER, unknown + "/indsend", none, 404));
		table.put("POST /proevehandlinger/{id}/genaabn", post(Level.MUNICIPAL_USER, unknown + "/genaabn", none, 404));
		table.put("POST /proevehandlinger/{id}/vurdering", post(Level.COORDINATOR, unknown + "/vurdering", none, 404));
		table.put("POST /proevehandlinger/{id}/udvaelgelse",
				post(Level.COORDINATOR, unknown + "/udvaelgelse", Map.of("decision", "SELECT", "reason", "x"), 404));
		return table;
	}

	static Map<String, TenantIsolationWalkTests.Entry> tenancy(DemoData demo) {
		UUID call = call(demo);
		String trial = "/proevehandlinger/" + trial(demo, "Co-teaching i 4. klasse med PPR");
		String draft = "/proevehandlinger/" + trial(demo, "Samtalegrupper om skilsmisse");
		UUID unit = demo.unit("PPR Stevns");
		String secret = "Co-teaching i 4. klasse med PPR";
		String coordinatorOnly = "coordinator only: København's administrator is refused (403) before any id is read;"
				+ " København's coordinator reaching for Stevns' calls and trials gets 404 (TrialAccessTests)";
		Map<String, TenantIsolationWalkTests.Entry> table = new LinkedHashMap<>();
		table.put("GET /proevehandlinger/ansoegningsrunder", new ScopedList("/proevehandlinger/ansoegningsrunder", null));
		table.put("GET /proevehandlinger/ansoegningsrunder/ny", new Exempt(coordinatorOnly));
		table.put("POST /proevehandlinger/ansoegningsrunder/ny", new Exempt(coordinatorOnly));
		table.put("GET /proevehandlinger/ansoegningsrunder/{callId}", new ForeignResource(HttpMethod.GET,
				"/proevehandlinger/ansoegningsrunder/" + call, Map.of(), PAST_CALL));
		table.put("GET /proevehandlinger/ansoegningsrunder/{callId}/rediger", new Exempt(coordinatorOnly));
		table.put("POST /proevehandlinger/ansoegningsrunder/{callId}/rediger", new Exempt(coordinatorOnly));
		table.put("GET /proevehandlinger/ansoegningsrunder/{callId}/udvaelgelse", new Exempt(coordinatorOnly));
		table.put("GET /proevehandlinger/ny", new ScopedList("/proevehandlinger/ny", null));
		table.put("POST /proevehandlinger/ny", new ForeignResource(HttpMethod.POST, "/proevehandlinger/ny?runde=" + call,
				Map.of("title", "Overtaget"), PAST_CALL));
		table.put("GET /proevehandlinger/{id}", new ForeignResource(HttpMethod.GET, trial, Map.of(), secret));
		table.put("GET /proevehandlinger/{id}/ansoegning/{step}",
				new ForeignResource(HttpMethod.GET, draft + "/ansoegning/indsats", Map.of(), "Samtalegrupper"));
		table.put("POST /proevehandlinger/{id}/ansoegning/{step}", new ForeignResource(HttpMethod.POST,
				draft + "/ansoegning/indsats", Map.of("title", "Overtaget"), "Samtalegrupper"));
		table.put("POST /proevehandlinger/{id}/enheder", new ForeignResource(HttpMethod.POST, draft + "/enheder",
				Map.of("unitId", demo.unit("Sundbyøster Skole").toString()), "Samtalegrupper"));
		table.put("POST /proevehandlinger/{id}/enheder/{unitId}/fjern",
				new ForeignResource(HttpMethod.POST, draft + "/enheder/" + unit + "/fjern", Map.of(), "Samtalegrupper"));
		table.put("POST /proevehandlinger/{id}/enheder/{unitId}/bekraeft",
				new ForeignResource(HttpMethod.POST, draft + "/enheder/" + unit + "/bekraeft", Map.of(), "Samtalegrupper"));
		table.put("POST /proevehandlinger/{id}/enheder/{unitId}/godkend", new Exempt(
				"unit leaders only: København's administrator is refused (403) before any id is read; a leader of"
						+ " another municipality gets 404 (TrialAccessTests)"));
		table.put("POST /proevehandlinger/{id}/deltagere", new ForeignResource(HttpMethod.POST, draft + "/deltagere",
				Map.of("personId", demo.person("admin@kk.demo").toString(), "role", "Overtaget"), "Samtalegrupper"));
		table.put("POST /proevehandlinger/{id}/deltagere/{personId}/fjern", new ForeignResource(HttpMethod.POST,
				draft + "/deltagere/" + demo.person("psykolog@stevns.demo") + "/fjern", Map.of(), "Samtalegrupper"));
		table.put("POST /proevehandlinger/{id}/godkendelser",
				new ForeignResource(HttpMethod.POST, draft + "/godkendelser", Map.of(), "Samtalegrupper"));
		table.put("POST /proevehandlinger/{id}/indsend",
				new ForeignResource(HttpMethod.POST, draft + "/indsend", Map.of(), "Samtalegrupper"));
		table.put("POST /proevehandlinger/{id}/genaabn",
				new ForeignResource(HttpMethod.POST, trial + "/genaabn", Map.of(), secret));
		table.put("POST /proevehandlinger/{id}/vurdering", new Exempt(coordinatorOnly));
		table.put("POST /proevehandlinger/{id}/udvaelgelse", new Exempt(coordinatorOnly));
		return table;
	}

	static UUID call(DemoData demo) {
		return id(demo, "select id from trial_call where municipality_code = 336 and title = :title", PAST_CALL);
	}

	static UUID trial(DemoData demo, String title) {
		return id(demo, "select id from trial where municipality_code = 336 and title = :title", title);
	}

	private static UUID id(DemoData demo, String sql, String title) {
		return TenantScope.asSystem("test",
				() -> demo.jdbc().sql(sql).param("title", title).query(UUID.class).single());
	}
}
