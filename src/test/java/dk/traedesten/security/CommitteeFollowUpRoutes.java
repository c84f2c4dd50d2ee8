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
 * The rows of {@link RouteAuthorizationTests} and {@link TenantIsolationWalkTests} for follow-ups of decisions, the
 * cases (papers) of an item, its links, and a call's selection put before a committee (decision 0017).
 * <p>
 * The follow-up page is for the committee's politicians and the secretary: the route table checks it with the
 * administrator (the politicians are not among its visitors; CommitteeFollowUpTests signs one in). Moves on ids that
 * do not exist answer 404 and change nothing. In the walk København's administrator reaches for Stevns' committee and
 * draft item and Herning's demo follow-up: 404 everywhere, no trace.
 */
final class CommitteeFollowUpRoutes {

	/** Words of Herning's demo follow-up note (DemoCommitteeFollowUps). */
	static final String HERNING_NOTE = "direktørens ledergruppe";

	private CommitteeFollowUpRoutes() {
	}

	static Map<String, RouteAuthorizationTests.Access> authorization(DemoData demo) {
		String followUps = "/udvalg/" + CommitteeRoutes.committee(demo, DemoData.STEVNS) + "/opfoelgning";
		String noItem = "/udvalg/administration/punkter/" + UUID.randomUUID();
		Map<String, String> none = Map.of();
		Map<String, RouteAuthorizationTests.Access> table = new LinkedHashMap<>();
		table.put("GET /udvalg/{id}/opfoelgning", secretary(HttpMethod.GET, followUps, none, 200));
		table.put("POST /udvalg/administration/punkter/{id}/opfoelgning",
				secretary(HttpMethod.POST, noItem + "/opfoelgning", Map.of("what", ""), 404));
		table.put("POST /udvalg/administration/opfoelgning/{id}/status", secretary(HttpMethod.POST,
				"/udvalg/administration/opfoelgning/" + UUID.randomUUID() + "/status", Map.of("status", "DONE"), 404));
		table.put("POST /udvalg/administration/punkter/{id}/sager",
				secretary(HttpMethod.POST, noItem + "/sager", Map.of("paperCaseNumber", ""), 404));
		table.put("POST /udvalg/administration/punkter/{id}/sager/{paperId}/fjern",
				secretary(HttpMethod.POST, noItem + "/sager/" + UUID.randomUUID() + "/fjern", none, 404));
		table.put("POST /udvalg/administration/punkter/{id}/links",
				secretary(HttpMethod.POST, noItem + "/links", Map.of("target", ""), 404));
		table.put("POST /udvalg/administration/punkter/{id}/links/{linkId}/fjern",
				secretary(HttpMethod.POST, noItem + "/links/" + UUID.randomUUID() + "/fjern", none, 404));
		table.put("POST /proevehandlinger/ansoegningsrunder/{callId}/udvalgspunkt",
				new RouteAuthorizationTests.Access(Level.COORDINATOR, HttpMethod.POST,
						"/proevehandlinger/ansoegningsrunder/" + UUID.randomUUID() + "/udvalgspunkt", Map.of(), 404));
		return table;
	}

	static Map<String, TenantIsolationWalkTests.Entry> tenancy(DemoData demo) {
		UUID committee = CommitteeRoutes.committee(demo, DemoData.STEVNS);
		String item = "/udvalg/administration/punkter/" + CommitteeRoutes.item(demo, DemoData.STEVNS);
		Map<String, TenantIsolationWalkTests.Entry> table = new LinkedHashMap<>();
		table.put("GET /udvalg/{id}/opfoelgning", new ForeignResource(HttpMethod.GET, "/udvalg/" + committee + "/opfoelgning",
				Map.of(), CommitteeRoutes.STEVNS_COMMITTEE));
		table.put("POST /udvalg/administration/punkter/{id}/opfoelgning", new ForeignResource(HttpMethod.POST,
				item + "/opfoelgning", Map.of("what", "Overtaget", "department", "Overtaget", "dueOn", "2027-01-01"),
				CommitteeRoutes.STEVNS_ITEM));
		table.put("POST /udvalg/administration/opfoelgning/{id}/status", new ForeignResource(HttpMethod.POST,
				"/udvalg/administration/opfoelgning/" + herningFollowUp(demo) + "/status",
				Map.of("status", "DONE", "note", "Overtaget"), HERNING_NOTE));
		table.put("POST /udvalg/administration/punkter/{id}/sager", new ForeignResource(HttpMethod.POST, item + "/sager",
				Map.of("paperCaseNumber", "17.01.00-G01-5-25", "paperTitle", "Overtaget"), CommitteeRoutes.STEVNS_ITEM));
		table.put("POST /udvalg/administration/punkter/{id}/sager/{paperId}/fjern", new ForeignResource(HttpMethod.POST,
				item + "/sager/" + UUID.randomUUID() + "/fjern", Map.of(), CommitteeRoutes.STEVNS_ITEM));
		table.put("POST /udvalg/administration/punkter/{id}/links", new ForeignResource(HttpMethod.POST, item + "/links",
				Map.of("target", "STRATEGY:" + UUID.randomUUID()), CommitteeRoutes.STEVNS_ITEM));
		table.put("POST /udvalg/administration/punkter/{id}/links/{linkId}/fjern", new ForeignResource(HttpMethod.POST,
				item + "/links/" + UUID.randomUUID() + "/fjern", Map.of(), CommitteeRoutes.STEVNS_ITEM));
		table.put("POST /proevehandlinger/ansoegningsrunder/{callId}/udvalgspunkt", new Exempt("refused by role (403) for"
				+ " København's administrator; København's coordinator gets 404 on Stevns' call (CommitteeFollowUpTests)"));
		return table;
	}

	/** Herning's demo follow-up on item 20. */
	static UUID herningFollowUp(DemoData demo) {
		return TenantScope.asSystem("test", () -> demo.jdbc()
			.sql("select id from committee_follow_up where municipality_code = :code order by created_at limit 1")
			.param("code", DemoData.HERNING)
			.query(UUID.class)
			.single());
	}

	private static RouteAuthorizationTests.Access secretary(HttpMethod method, String uri, Map<String, String> form,
			int status) {
		return new RouteAuthorizationTests.Access(Level.MUNICIPAL_ADMINISTRATOR, method, uri, form, status);
	}
}
