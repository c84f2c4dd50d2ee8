package dk.traedesten.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.RouteAuthorizationTests.Level;
import dk.traedesten.security.TenantIsolationWalkTests.Exempt;
import dk.traedesten.security.TenantIsolationWalkTests.ForeignResource;

import org.springframework.http.HttpMethod;

/**
 * The rows of {@link RouteAuthorizationTests} and {@link TenantIsolationWalkTests} for the OParl API and the
 * committees' iCal feeds: public, read-only, answering everyone with Herning's published demo meeting and item 20.
 * In the tenancy walk København's administrator reaches for Stevns' unpublished meeting, its draft item and that
 * item's file, which are neither public nor København's: 404. Committees and their members are public facts of every
 * municipality (decision 0010), so their objects and the body lists are exempt.
 */
final class OparlRoutes {

	static final String API = "/oparl/v1.1";

	private OparlRoutes() {
	}

	static Map<String, RouteAuthorizationTests.Access> authorization(DemoData demo) {
		String herning = API + "/body/" + DemoData.HERNING;
		UUID item = CommitteeRoutes.item(demo, DemoData.HERNING);
		Map<String, RouteAuthorizationTests.Access> table = new LinkedHashMap<>();
		table.put("GET " + API, open(API, 200));
		table.put("GET " + API + "/body", open(API + "/body", 200));
		table.put("GET " + API + "/body/{code}", open(herning, 200));
		for (String list : new String[] { "organization", "person", "membership", "meeting", "agendaItem", "paper",
				"consultation", "file" }) {
			table.put("GET " + API + "/body/{code}/" + list, open(herning + "/" + list, 200));
		}
		table.put("GET " + API + "/organization/{id}",
				open(API + "/organization/" + CommitteeRoutes.committee(demo, DemoData.HERNING), 200));
		table.put("GET " + API + "/person/{id}", open(API + "/person/" + member(demo), 200));
		table.put("GET " + API + "/membership/{id}", open(API + "/membership/" + member(demo), 200));
		table.put("GET " + API + "/meeting/{id}", open(API + "/meeting/" + CommitteeRoutes.meeting(demo, DemoData.HERNING), 200));
		table.put("GET " + API + "/agendaItem/{id}", open(API + "/agendaItem/" + item, 200));
		table.put("GET " + API + "/paper/{id}", open(API + "/paper/" + item, 200));
		table.put("GET " + API + "/consultation/{id}", open(API + "/consultation/" + item, 200));
		table.put("GET " + API + "/file/{id}", open(API + "/file/" + UUID.randomUUID(), 404));
		table.put("GET /udvalg/{id}/kalender.ics",
				open("/udvalg/" + CommitteeRoutes.committee(demo, DemoData.HERNING) + "/kalender.ics", 200));
		return table;
	}

	static Map<String, TenantIsolationWalkTests.Entry> tenancy(DemoData demo) {
		UUID meeting = CommitteeRoutes.meeting(demo, DemoData.STEVNS);
		UUID item = CommitteeRoutes.item(demo, DemoData.STEVNS);
		UUID file = CommitteeRoutes.attachment(demo, item);
		String published = "public: published agendas, committees and members of every municipality are for everyone"
				+ " (decisions 0010, 0012); OparlLeakTests shows that nothing unpublished or closed gets through";
		Map<String, TenantIsolationWalkTests.Entry> table = new LinkedHashMap<>();
		for (String route : new String[] { "", "/body", "/body/{code}", "/body/{code}/organization",
				"/body/{code}/person", "/body/{code}/membership", "/body/{code}/meeting", "/body/{code}/agendaItem",
				"/body/{code}/paper", "/body/{code}/consultation", "/body/{code}/file", "/organization/{id}",
				"/person/{id}", "/membership/{id}" }) {
			table.put("GET " + API + route, new Exempt(published));
		}
		table.put("GET /udvalg/{id}/kalender.ics", new Exempt(published));
		table.put("GET " + API + "/meeting/{id}", foreign(API + "/meeting/" + meeting, "Rådhuset i Store Heddinge"));
		table.put("GET " + API + "/agendaItem/{id}", foreign(API + "/agendaItem/" + item, CommitteeRoutes.STEVNS_ITEM));
		table.put("GET " + API + "/paper/{id}", foreign(API + "/paper/" + item, CommitteeRoutes.STEVNS_ITEM));
		table.put("GET " + API + "/consultation/{id}", foreign(API + "/consultation/" + item, CommitteeRoutes.STEVNS_ITEM));
		table.put("GET " + API + "/file/{id}", foreign(API + "/file/" + file, "stevns-udkast"));
		return table;
	}

	private static RouteAuthorizationTests.Access open(String uri, int status) {
		return new RouteAuthorizationTests.Access(Level.PUBLIC, HttpMethod.GET, uri, Map.of(), status);
	}

	private static ForeignResource foreign(String uri, String secret) {
		return new ForeignResource(HttpMethod.GET, uri, Map.of(), secret);
	}

	private static UUID member(DemoData demo) {
		return TenantScope.asSystem("test", () -> demo.jdbc()
			.sql("select id from committee_member order by name limit 1")
			.query(UUID.class)
			.single());
	}
}
