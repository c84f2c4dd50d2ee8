package dk.traedesten.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.security.RouteAuthorizationTests.Level;
import dk.traedesten.security.TenantIsolationWalkTests.ForeignResource;
import dk.traedesten.trials.followup.FollowUpFixture;

import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of {@link RouteAuthorizationTests} and {@link TenantIsolationWalkTests} for agreements, PDSA cycles, notes, status reports and evaluations, kept
 * in their own file so each module adds its routes without touching the others'.
 * <p>
 * Every follow-up route takes a trial id, and who may use it depends on the person's part in that trial
 * ({@code TrialFollowUpAccessTests} covers each endpoint and role). Here the routes are asked for a trial that does
 * not exist: every municipal user gets through the route's guard to the 404 a trial they may not see gives, the
 * platform administrator (no municipality) is refused with 403, anonymous visitors go to sign-in. The tenancy rows
 * use a Stevns trial of the follow-up fixture, so they work with or without trials in the demo data.
 */
final class TrialFollowUpRoutes {

	private TrialFollowUpRoutes() {
	}

	static Map<String, RouteAuthorizationTests.Access> authorization(DemoData demo) {
		String trial = "/proevehandlinger/" + UUID.randomUUID();
		String cycle = trial + "/pdsa/" + UUID.randomUUID();
		Map<String, String> none = Map.of();
		Map<String, RouteAuthorizationTests.Access> table = new LinkedHashMap<>();
		table.put("GET /proevehandlinger/{id}/aftale", notFound(HttpMethod.GET, trial + "/aftale", none));
		table.put("POST /proevehandlinger/{id}/aftale", notFound(HttpMethod.POST, trial + "/aftale", none));
		table.put("POST /proevehandlinger/{id}/aftale/start", notFound(HttpMethod.POST, trial + "/aftale/start", none));
		table.put("GET /proevehandlinger/{id}/pdsa", notFound(HttpMethod.GET, trial + "/pdsa", none));
		table.put("POST /proevehandlinger/{id}/pdsa", notFound(HttpMethod.POST, trial + "/pdsa", none));
		table.put("GET /proevehandlinger/{id}/pdsa/{cycleId}", notFound(HttpMethod.GET, cycle, none));
		table.put("POST /proevehandlinger/{id}/pdsa/{cycleId}", notFound(HttpMethod.POST, cycle, none));
		table.put("POST /proevehandlinger/{id}/pdsa/{cycleId}/naeste", notFound(HttpMethod.POST, cycle + "/naeste", none));
		table.put("GET /proevehandlinger/{id}/noter", notFound(HttpMethod.GET, trial + "/noter", none));
		table.put("POST /proevehandlinger/{id}/noter", notFound(HttpMethod.POST, trial + "/noter", none));
		table.put("GET /proevehandlinger/{id}/status", notFound(HttpMethod.GET, trial + "/status", none));
		table.put("POST /proevehandlinger/{id}/status", notFound(HttpMethod.POST, trial + "/status", none));
		table.put("GET /proevehandlinger/{id}/status.pdf", notFound(HttpMethod.GET, trial + "/status.pdf", none));
		table.put("GET /proevehandlinger/{id}/evaluering", notFound(HttpMethod.GET, trial + "/evaluering", none));
		table.put("POST /proevehandlinger/{id}/evaluering", notFound(HttpMethod.POST, trial + "/evaluering", none));
		table.put("GET /proevehandlinger/{id}/evaluering.pdf", notFound(HttpMethod.GET, trial + "/evaluering.pdf", none));
		table.put("POST /proevehandlinger/{id}/evaluering/afslut",
				notFound(HttpMethod.POST, trial + "/evaluering/afslut", Map.of("decision", "STOP")));
		return table;
	}

	static Map<String, TenantIsolationWalkTests.Entry> tenancy(DemoData demo) {
		FollowUpFixture fixture = new FollowUpFixture(jdbc(demo));
		String title = "Opfølgning på tværs af kommuner";
		UUID running = fixture.runningTrial(title);
		UUID evaluated = fixture.evaluatedTrial(title + " (evalueret)");
		UUID cycle = fixture.firstCycle(running);
		String trial = "/proevehandlinger/" + running;
		String done = "/proevehandlinger/" + evaluated;
		Map<String, TenantIsolationWalkTests.Entry> table = new LinkedHashMap<>();
		table.put("GET /proevehandlinger/{id}/aftale", foreign(HttpMethod.GET, trial + "/aftale", Map.of(), title));
		table.put("POST /proevehandlinger/{id}/aftale", foreign(HttpMethod.POST, trial + "/aftale",
				Map.of("startsOn", "2026-08-01", "plan[0].what", "x", "plan[0].how", "x", "plan[0].timing", "x",
						"plan[0].responsible", "x"), title));
		table.put("POST /proevehandlinger/{id}/aftale/start", foreign(HttpMethod.POST, trial + "/aftale/start", Map.of(), title));
		table.put("GET /proevehandlinger/{id}/pdsa", foreign(HttpMethod.GET, trial + "/pdsa", Map.of(), title));
		table.put("POST /proevehandlinger/{id}/pdsa",
				foreign(HttpMethod.POST, trial + "/pdsa", Map.of("objective", "Overtaget"), title));
		table.put("GET /proevehandlinger/{id}/pdsa/{cycleId}",
				foreign(HttpMethod.GET, trial + "/pdsa/" + cycle, Map.of(), title));
		table.put("POST /proevehandlinger/{id}/pdsa/{cycleId}",
				foreign(HttpMethod.POST, trial + "/pdsa/" + cycle, Map.of("objective", "Overtaget"), title));
		table.put("POST /proevehandlinger/{id}/pdsa/{cycleId}/naeste",
				foreign(HttpMethod.POST, trial + "/pdsa/" + cycle + "/naeste", Map.of(), title));
		table.put("GET /proevehandlinger/{id}/noter", foreign(HttpMethod.GET, trial + "/noter", Map.of(), title));
		table.put("POST /proevehandlinger/{id}/noter", foreign(HttpMethod.POST, trial + "/noter",
				Map.of("kind", "NOTE", "text", "Overtaget", "notedOn", "2026-09-01"), title));
		table.put("GET /proevehandlinger/{id}/status", foreign(HttpMethod.GET, trial + "/status", Map.of(), title));
		table.put("POST /proevehandlinger/{id}/status",
				foreign(HttpMethod.POST, trial + "/status", Map.of("summary", "Overtaget"), title));
		table.put("GET /proevehandlinger/{id}/status.pdf", foreign(HttpMethod.GET, trial + "/status.pdf", Map.of(), title));
		table.put("GET /proevehandlinger/{id}/evaluering", foreign(HttpMethod.GET, done + "/evaluering", Map.of(), title));
		table.put("POST /proevehandlinger/{id}/evaluering",
				foreign(HttpMethod.POST, done + "/evaluering", Map.of("summary", "Overtaget"), title));
		table.put("GET /proevehandlinger/{id}/evaluering.pdf",
				foreign(HttpMethod.GET, done + "/evaluering.pdf", Map.of(), title));
		table.put("POST /proevehandlinger/{id}/evaluering/afslut",
				foreign(HttpMethod.POST, done + "/evaluering/afslut", Map.of("decision", "STOP"), title));
		return table;
	}

	private static RouteAuthorizationTests.Access notFound(HttpMethod method, String uri, Map<String, String> form) {
		return new RouteAuthorizationTests.Access(Level.MUNICIPAL_USER, method, uri, form, 404);
	}

	private static ForeignResource foreign(HttpMethod method, String uri, Map<String, String> form, String secret) {
		return new ForeignResource(method, uri, form, secret);
	}

	private static JdbcClient jdbc(DemoData demo) {
		return demo.jdbc();
	}
}
