package dk.traedesten.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.RouteAuthorizationTests.Access;
import dk.traedesten.security.RouteAuthorizationTests.Level;
import dk.traedesten.security.TenantIsolationWalkTests.Exempt;
import dk.traedesten.security.TenantIsolationWalkTests.ForeignResource;
import dk.traedesten.security.TenantIsolationWalkTests.ScopedList;

import org.springframework.http.HttpMethod;

/**
 * The rows of {@link RouteAuthorizationTests} and {@link TenantIsolationWalkTests} for partnerships and "ring mig
 * op". A municipality's own side lets in its coordinator and administrator; the overview and the queue any event
 * organiser, with row-level security showing only the partnerships' organisers anything (PartnershipTests,
 * CallbackTests). København's administrator reaching for Stevns' chief gets 404.
 */
final class PartnershipRoutes {

	private static final String UNKNOWN = "/partnerskaber/findes-ikke";

	private PartnershipRoutes() {
	}

	static Map<String, Access> authorization(DemoData demo) {
		String member = UNKNOWN + "/personer/" + UUID.randomUUID();
		String request = "/partnerskaber/ring-mig-op/koe/" + UUID.randomUUID();
		Map<String, Access> table = new LinkedHashMap<>();
		table.put("GET /partnerskaber", RouteAuthorizationTests.get(Level.PUBLIC, "/partnerskaber"));
		table.put("GET /partnerskaber/ring-mig-op", RouteAuthorizationTests.get(Level.PUBLIC, "/partnerskaber/ring-mig-op"));
		// An empty form: the errors come back at their fields, nothing is stored or counted.
		table.put("POST /partnerskaber/ring-mig-op",
				RouteAuthorizationTests.post(Level.PUBLIC, "/partnerskaber/ring-mig-op", Map.of("name", ""), 200));
		table.put("GET /partnerskaber/ring-mig-op/koe",
				RouteAuthorizationTests.get(Level.EVENT_ORGANISER, "/partnerskaber/ring-mig-op/koe"));
		table.put("POST /partnerskaber/ring-mig-op/koe/{id}/tildel",
				RouteAuthorizationTests.post(Level.EVENT_ORGANISER, request + "/tildel", Map.of(), 404));
		table.put("POST /partnerskaber/ring-mig-op/koe/{id}/udfoert",
				RouteAuthorizationTests.post(Level.EVENT_ORGANISER, request + "/udfoert", Map.of(), 404));
		table.put("GET /partnerskaber/oversigt",
				RouteAuthorizationTests.get(Level.EVENT_ORGANISER, "/partnerskaber/oversigt"));
		table.put("GET /partnerskaber/kommune", RouteAuthorizationTests.get(Level.REGISTRAR, "/partnerskaber/kommune"));
		table.put("POST /partnerskaber/{slug}/tilmeld",
				RouteAuthorizationTests.post(Level.REGISTRAR, UNKNOWN + "/tilmeld", Map.of(), 404));
		table.put("GET /partnerskaber/{slug}/personer/ny",
				new Access(Level.REGISTRAR, HttpMethod.GET, UNKNOWN + "/personer/ny", Map.of(), 404));
		table.put("POST /partnerskaber/{slug}/personer/ny",
				RouteAuthorizationTests.post(Level.REGISTRAR, UNKNOWN + "/personer/ny", Map.of("name", ""), 404));
		table.put("GET /partnerskaber/{slug}/personer/{memberId}",
				new Access(Level.REGISTRAR, HttpMethod.GET, member, Map.of(), 404));
		table.put("POST /partnerskaber/{slug}/personer/{memberId}",
				RouteAuthorizationTests.post(Level.REGISTRAR, member, Map.of("name", ""), 404));
		table.put("POST /partnerskaber/{slug}/personer/{memberId}/fjern",
				RouteAuthorizationTests.post(Level.REGISTRAR, member + "/fjern", Map.of(), 404));
		return table;
	}

	static Map<String, TenantIsolationWalkTests.Entry> tenancy(DemoData demo) {
		UUID chief = TenantScope.asSystem("test", () -> demo.jdbc()
			.sql("select id from partnership_member where name = 'Birgitte Friis'").query(UUID.class).single());
		String stevnsChief = "/partnerskaber/dagtilbud/personer/" + chief;
		String publicPage = "public; shows no tenant data";
		String organisers = "refused by role (403) for København's administrator; organisers see only their own "
				+ "partnerships and queue (row-level security, V032), shown in PartnershipTests and CallbackTests";
		String unknown = "an unknown partnership or one the municipality has not joined answers 404 (PartnershipTests)";
		Map<String, TenantIsolationWalkTests.Entry> table = new LinkedHashMap<>();
		table.put("GET /partnerskaber", new Exempt(publicPage));
		table.put("GET /partnerskaber/ring-mig-op", new Exempt(publicPage));
		table.put("POST /partnerskaber/ring-mig-op", new Exempt("public; stores a request only the organisers read"));
		table.put("GET /partnerskaber/ring-mig-op/koe", new Exempt(organisers));
		table.put("POST /partnerskaber/ring-mig-op/koe/{id}/tildel", new Exempt(organisers));
		table.put("POST /partnerskaber/ring-mig-op/koe/{id}/udfoert", new Exempt(organisers));
		table.put("GET /partnerskaber/oversigt", new Exempt(organisers));
		table.put("GET /partnerskaber/kommune", new ScopedList("/partnerskaber/kommune", "Jonas Vinther"));
		table.put("POST /partnerskaber/{slug}/tilmeld", new Exempt("joins the caller's own municipality only"));
		table.put("GET /partnerskaber/{slug}/personer/ny", new Exempt(unknown));
		table.put("POST /partnerskaber/{slug}/personer/ny", new Exempt("adds to the caller's own membership only; " + unknown));
		table.put("GET /partnerskaber/{slug}/personer/{memberId}",
				new ForeignResource(HttpMethod.GET, stevnsChief, Map.of(), "Birgitte Friis"));
		table.put("POST /partnerskaber/{slug}/personer/{memberId}", new ForeignResource(HttpMethod.POST, stevnsChief,
				Map.of("role", "CHIEF", "name", "Overtaget"), "Birgitte Friis"));
		table.put("POST /partnerskaber/{slug}/personer/{memberId}/fjern",
				new ForeignResource(HttpMethod.POST, stevnsChief + "/fjern", Map.of(), "Birgitte Friis"));
		return table;
	}
}
