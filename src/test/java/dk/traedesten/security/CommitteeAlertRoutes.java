package dk.traedesten.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.security.RouteAuthorizationTests.Level;
import dk.traedesten.security.TenantIsolationWalkTests.Exempt;
import dk.traedesten.security.TenantIsolationWalkTests.ForeignResource;

import org.springframework.http.HttpMethod;

/**
 * The rows of {@link RouteAuthorizationTests} and {@link TenantIsolationWalkTests} for following committees by e-mail
 * and for the secretary's removals (decision 0018). Following is for everyone without signing in; an empty or unknown
 * form or link comes back as a page and changes nothing. The removals are the municipal administrator's: their
 * confirmation pages answer on Stevns' draft item and planned meeting, and the removals themselves are tried on ids
 * that do not exist (404, nothing removed). In the tenancy walk København's administrator reaches for Stevns' item,
 * meeting and file: 404 everywhere and nothing removed. That another municipality's administrator cannot remove
 * Herning's published item, meeting or file is CommitteeRemovalTests.
 */
final class CommitteeAlertRoutes {

	private CommitteeAlertRoutes() {
	}

	static Map<String, RouteAuthorizationTests.Access> authorization(DemoData demo) {
		String herning = "/udvalg/" + CommitteeRoutes.committee(demo, DemoData.HERNING);
		String item = "/udvalg/administration/punkter/" + CommitteeRoutes.item(demo, DemoData.STEVNS);
		String meeting = "/udvalg/administration/moeder/" + CommitteeRoutes.meeting(demo, DemoData.STEVNS);
		String noItem = "/udvalg/administration/punkter/" + UUID.randomUUID();
		String noMeeting = "/udvalg/administration/moeder/" + UUID.randomUUID();
		String noFile = "/udvalg/administration/bilag/" + UUID.randomUUID();
		Map<String, String> none = Map.of();
		Map<String, RouteAuthorizationTests.Access> table = new LinkedHashMap<>();
		table.put("GET /udvalg/{id}/foelg", anyone(HttpMethod.GET, herning + "/foelg", none));
		table.put("POST /udvalg/{id}/foelg", anyone(HttpMethod.POST, herning + "/foelg", Map.of("email", "")));
		table.put("GET /udvalg/soeg/foelg", anyone(HttpMethod.GET, "/udvalg/soeg/foelg?q=skole", none));
		table.put("POST /udvalg/soeg/foelg", anyone(HttpMethod.POST, "/udvalg/soeg/foelg", Map.of("q", "skole", "email", "")));
		table.put("GET /udvalg/foelg/tjek-din-post", anyone(HttpMethod.GET, "/udvalg/foelg/tjek-din-post", none));
		table.put("GET /udvalg/foelg/bekraeft", anyone(HttpMethod.GET, "/udvalg/foelg/bekraeft?token=ugyldig", none));
		table.put("POST /udvalg/foelg/bekraeft", anyone(HttpMethod.POST, "/udvalg/foelg/bekraeft", Map.of("token", "ugyldig")));
		table.put("GET /udvalg/foelg/afmeld", anyone(HttpMethod.GET, "/udvalg/foelg/afmeld?token=ugyldig", none));
		table.put("POST /udvalg/foelg/afmeld", anyone(HttpMethod.POST, "/udvalg/foelg/afmeld", Map.of("token", "ugyldig")));
		table.put("GET /udvalg/administration/punkter/{id}/tilbagetraek",
				secretary(HttpMethod.GET, item + "/tilbagetraek", 200));
		table.put("POST /udvalg/administration/punkter/{id}/tilbagetraek",
				secretary(HttpMethod.POST, noItem + "/tilbagetraek", 404));
		table.put("GET /udvalg/administration/moeder/{id}/slet", secretary(HttpMethod.GET, meeting + "/slet", 200));
		table.put("POST /udvalg/administration/moeder/{id}/slet", secretary(HttpMethod.POST, noMeeting + "/slet", 404));
		table.put("GET /udvalg/administration/bilag/{id}/fjern", secretary(HttpMethod.GET, noFile + "/fjern", 404));
		table.put("POST /udvalg/administration/bilag/{id}/fjern", secretary(HttpMethod.POST, noFile + "/fjern", 404));
		return table;
	}

	static Map<String, TenantIsolationWalkTests.Entry> tenancy(DemoData demo) {
		UUID itemId = CommitteeRoutes.item(demo, DemoData.STEVNS);
		String item = "/udvalg/administration/punkter/" + itemId;
		String meeting = "/udvalg/administration/moeder/" + CommitteeRoutes.meeting(demo, DemoData.STEVNS);
		String file = "/udvalg/administration/bilag/" + CommitteeRoutes.attachment(demo, itemId);
		String open = "public: following is for everyone and shows no one's data; a link's token is the only key to a"
				+ " following (CommitteeAlertMailTests)";
		Map<String, TenantIsolationWalkTests.Entry> table = new LinkedHashMap<>();
		for (String route : authorization(demo).keySet()) {
			if (!route.contains("/administration/")) {
				table.put(route, new Exempt(open));
			}
		}
		table.put("GET /udvalg/administration/punkter/{id}/tilbagetraek",
				foreign(HttpMethod.GET, item + "/tilbagetraek", CommitteeRoutes.STEVNS_ITEM));
		table.put("POST /udvalg/administration/punkter/{id}/tilbagetraek",
				foreign(HttpMethod.POST, item + "/tilbagetraek", CommitteeRoutes.STEVNS_ITEM));
		table.put("GET /udvalg/administration/moeder/{id}/slet", foreign(HttpMethod.GET, meeting + "/slet", "Rådhuset i Store Heddinge"));
		table.put("POST /udvalg/administration/moeder/{id}/slet",
				foreign(HttpMethod.POST, meeting + "/slet", "Rådhuset i Store Heddinge"));
		table.put("GET /udvalg/administration/bilag/{id}/fjern", foreign(HttpMethod.GET, file + "/fjern", "stevns-udkast"));
		table.put("POST /udvalg/administration/bilag/{id}/fjern", foreign(HttpMethod.POST, file + "/fjern", "stevns-udkast"));
		return table;
	}

	private static RouteAuthorizationTests.Access anyone(HttpMethod method, String uri, Map<String, String> form) {
		return new RouteAuthorizationTests.Access(Level.PUBLIC, method, uri, form, 200);
	}

	private static RouteAuthorizationTests.Access secretary(HttpMethod method, String uri, int status) {
		return new RouteAuthorizationTests.Access(Level.MUNICIPAL_ADMINISTRATOR, method, uri, Map.of(), status);
	}

	private static ForeignResource foreign(HttpMethod method, String uri, String secret) {
		return new ForeignResource(method, uri, Map.of(), secret);
	}
}
