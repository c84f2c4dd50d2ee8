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
 * The rows of {@link RouteAuthorizationTests} and {@link TenantIsolationWalkTests} for the committee pages, kept in
 * their own file so each part of the app adds its routes without touching the others'.
 * <p>
 * The public pages answer everyone, signed in or not, with Herning's published demo meeting; the secretary's pages
 * are the municipal administrator's and use Stevns' demo committee, its planned meeting and draft item. Moves on ids
 * that do not exist answer 404 to the administrator and change nothing. In the tenancy walk København's administrator
 * reaches for the Stevns meeting and item, which are neither public (not published) nor København's: 404 everywhere.
 */
final class CommitteeRoutes {

	static final String STEVNS_COMMITTEE = "Børne- og Uddannelsesudvalget";

	static final String STEVNS_ITEM = "Status på Sammen MED børnene";

	private CommitteeRoutes() {
	}

	static Map<String, RouteAuthorizationTests.Access> authorization(DemoData demo) {
		String herning = "/udvalg/" + committee(demo, DemoData.HERNING);
		UUID published = meeting(demo, DemoData.HERNING);
		String stevns = "/udvalg/administration/udvalg/" + committee(demo, DemoData.STEVNS);
		String meeting = "/udvalg/administration/moeder/" + meeting(demo, DemoData.STEVNS);
		String item = "/udvalg/administration/punkter/" + item(demo, DemoData.STEVNS);
		String nowhere = "/udvalg/administration/moeder/" + UUID.randomUUID();
		String noItem = "/udvalg/administration/punkter/" + UUID.randomUUID();
		Map<String, String> none = Map.of();
		Map<String, RouteAuthorizationTests.Access> table = new LinkedHashMap<>();
		table.put("GET /udvalg", access(Level.PUBLIC, HttpMethod.GET, "/udvalg", none, 200));
		table.put("GET /udvalg/{id}", access(Level.PUBLIC, HttpMethod.GET, herning, none, 200));
		table.put("GET /udvalg/moeder/{id}", access(Level.PUBLIC, HttpMethod.GET, "/udvalg/moeder/" + published, none, 200));
		table.put("GET /udvalg/punkter/{id}",
				access(Level.PUBLIC, HttpMethod.GET, "/udvalg/punkter/" + item(demo, DemoData.HERNING), none, 200));
		table.put("GET /udvalg/moeder/{id}/dagsorden.pdf",
				access(Level.PUBLIC, HttpMethod.GET, "/udvalg/moeder/" + published + "/dagsorden.pdf", none, 200));
		table.put("GET /udvalg/moeder/{id}/referat.pdf",
				access(Level.PUBLIC, HttpMethod.GET, "/udvalg/moeder/" + published + "/referat.pdf", none, 200));
		table.put("GET /udvalg/bilag/{id}", access(Level.PUBLIC, HttpMethod.GET, "/udvalg/bilag/" + UUID.randomUUID(), none, 404));
		table.put("GET /udvalg/soeg", access(Level.PUBLIC, HttpMethod.GET, "/udvalg/soeg?q=topmøde", none, 200));
		table.put("GET /udvalg/administration", secretary(HttpMethod.GET, "/udvalg/administration", none, 200));
		table.put("GET /udvalg/administration/udvalg/{id}/nyt-moede", secretary(HttpMethod.GET, stevns + "/nyt-moede", none, 200));
		// An empty form: authorised, so it comes back with its errors and no meeting is made.
		table.put("POST /udvalg/administration/udvalg/{id}/nyt-moede", secretary(HttpMethod.POST, stevns + "/nyt-moede", none, 200));
		table.put("GET /udvalg/administration/moeder/{id}", secretary(HttpMethod.GET, meeting, none, 200));
		table.put("POST /udvalg/administration/moeder/{id}/punkter",
				secretary(HttpMethod.POST, meeting + "/punkter", Map.of("title", ""), 200));
		table.put("POST /udvalg/administration/moeder/{id}/dagsorden", secretary(HttpMethod.POST, nowhere + "/dagsorden", none, 404));
		table.put("POST /udvalg/administration/moeder/{id}/referat", secretary(HttpMethod.POST, nowhere + "/referat", none, 404));
		table.put("POST /udvalg/administration/moeder/{id}/aflys", secretary(HttpMethod.POST, nowhere + "/aflys", none, 404));
		table.put("GET /udvalg/administration/punkter/{id}", secretary(HttpMethod.GET, item, none, 200));
		table.put("POST /udvalg/administration/punkter/{id}",
				secretary(HttpMethod.POST, item, Map.of("number", "", "title", ""), 200));
		table.put("POST /udvalg/administration/punkter/{id}/klar", secretary(HttpMethod.POST, noItem + "/klar", none, 404));
		table.put("POST /udvalg/administration/punkter/{id}/kladde", secretary(HttpMethod.POST, noItem + "/kladde", none, 404));
		table.put("POST /udvalg/administration/punkter/{id}/beslutning",
				secretary(HttpMethod.POST, noItem + "/beslutning", Map.of("asRecommended", "true"), 404));
		table.put("POST /udvalg/administration/punkter/{id}/bilag", secretary(HttpMethod.POST, noItem + "/bilag", none, 404));
		table.put("GET /udvalg/administration/bilag/{id}",
				secretary(HttpMethod.GET, "/udvalg/administration/bilag/" + UUID.randomUUID(), none, 404));
		return table;
	}

	static Map<String, TenantIsolationWalkTests.Entry> tenancy(DemoData demo) {
		String committee = "/udvalg/administration/udvalg/" + committee(demo, DemoData.STEVNS);
		UUID meetingId = meeting(demo, DemoData.STEVNS);
		UUID itemId = item(demo, DemoData.STEVNS);
		UUID file = attachment(demo, itemId);
		String meeting = "/udvalg/administration/moeder/" + meetingId;
		String item = "/udvalg/administration/punkter/" + itemId;
		String published = "public: published agendas of every municipality are for everyone (decision 0010);"
				+ " PublicAgendaLeakTests shows that nothing unpublished or closed gets through";
		Map<String, TenantIsolationWalkTests.Entry> table = new LinkedHashMap<>();
		table.put("GET /udvalg", new Exempt(published));
		table.put("GET /udvalg/{id}", new Exempt(published));
		table.put("GET /udvalg/soeg", new Exempt(published));
		// A PDF's text is compressed, so no marker could be seen in it here; PublicAgendaLeakTests reads the PDFs.
		table.put("GET /udvalg/moeder/{id}/dagsorden.pdf", new Exempt(published));
		table.put("GET /udvalg/moeder/{id}/referat.pdf", new Exempt(published));
		table.put("GET /udvalg/moeder/{id}", foreign(HttpMethod.GET, "/udvalg/moeder/" + meetingId, Map.of(), "Rådhuset i Store Heddinge"));
		table.put("GET /udvalg/punkter/{id}", foreign(HttpMethod.GET, "/udvalg/punkter/" + itemId, Map.of(), STEVNS_ITEM));
		table.put("GET /udvalg/bilag/{id}", foreign(HttpMethod.GET, "/udvalg/bilag/" + file, Map.of(), "stevns-udkast"));
		table.put("GET /udvalg/administration", new ScopedList("/udvalg/administration", "Børne- og Ungdomsudvalget"));
		table.put("GET /udvalg/administration/udvalg/{id}/nyt-moede",
				foreign(HttpMethod.GET, committee + "/nyt-moede", Map.of(), STEVNS_COMMITTEE));
		table.put("POST /udvalg/administration/udvalg/{id}/nyt-moede", foreign(HttpMethod.POST, committee + "/nyt-moede",
				Map.of("meetsOn", "2026-09-01", "startsAt", "16:00", "place", "Overtaget"), STEVNS_COMMITTEE));
		table.put("GET /udvalg/administration/moeder/{id}", foreign(HttpMethod.GET, meeting, Map.of(), STEVNS_ITEM));
		table.put("POST /udvalg/administration/moeder/{id}/punkter", foreign(HttpMethod.POST, meeting + "/punkter",
				Map.of("template", "AGENDA_ITEM", "title", "Overtaget"), STEVNS_ITEM));
		table.put("POST /udvalg/administration/moeder/{id}/dagsorden",
				foreign(HttpMethod.POST, meeting + "/dagsorden", Map.of(), STEVNS_ITEM));
		table.put("POST /udvalg/administration/moeder/{id}/referat",
				foreign(HttpMethod.POST, meeting + "/referat", Map.of(), STEVNS_ITEM));
		table.put("POST /udvalg/administration/moeder/{id}/aflys", foreign(HttpMethod.POST, meeting + "/aflys", Map.of(), STEVNS_ITEM));
		table.put("GET /udvalg/administration/punkter/{id}", foreign(HttpMethod.GET, item, Map.of(), STEVNS_ITEM));
		table.put("POST /udvalg/administration/punkter/{id}", foreign(HttpMethod.POST, item,
				Map.of("number", "1", "title", "Overtaget", "caseNumber", "17.01.00-G01-4-25"), STEVNS_ITEM));
		table.put("POST /udvalg/administration/punkter/{id}/klar", foreign(HttpMethod.POST, item + "/klar", Map.of(), STEVNS_ITEM));
		table.put("POST /udvalg/administration/punkter/{id}/kladde", foreign(HttpMethod.POST, item + "/kladde", Map.of(), STEVNS_ITEM));
		table.put("POST /udvalg/administration/punkter/{id}/beslutning",
				foreign(HttpMethod.POST, item + "/beslutning", Map.of("asRecommended", "true"), STEVNS_ITEM));
		table.put("POST /udvalg/administration/punkter/{id}/bilag", foreign(HttpMethod.POST, item + "/bilag", Map.of(), STEVNS_ITEM));
		table.put("GET /udvalg/administration/bilag/{id}",
				foreign(HttpMethod.GET, "/udvalg/administration/bilag/" + file, Map.of(), "stevns-udkast"));
		return table;
	}

	private static RouteAuthorizationTests.Access access(Level level, HttpMethod method, String uri,
			Map<String, String> form, int status) {
		return new RouteAuthorizationTests.Access(level, method, uri, form, status);
	}

	private static RouteAuthorizationTests.Access secretary(HttpMethod method, String uri, Map<String, String> form,
			int status) {
		return access(Level.MUNICIPAL_ADMINISTRATOR, method, uri, form, status);
	}

	private static ForeignResource foreign(HttpMethod method, String uri, Map<String, String> form, String secret) {
		return new ForeignResource(method, uri, form, secret);
	}

	static UUID committee(DemoData demo, int municipality) {
		return id(demo, "select id from committee where municipality_code = :code order by created_at limit 1", municipality);
	}

	static UUID meeting(DemoData demo, int municipality) {
		return id(demo, "select id from committee_meeting where municipality_code = :code order by created_at limit 1",
				municipality);
	}

	static UUID item(DemoData demo, int municipality) {
		return id(demo, "select id from agenda_item where municipality_code = :code order by created_at limit 1", municipality);
	}

	/** A file on the Stevns draft item, made once: the walk needs a real foreign file to reach for. */
	static UUID attachment(DemoData demo, UUID item) {
		return TenantScope.asSystem("test", () -> demo.jdbc()
			.sql("select id from agenda_item_attachment where item_id = :item and file_name = 'stevns-udkast.pdf'")
			.param("item", item)
			.query(UUID.class)
			.optional()
			.orElseGet(() -> {
				UUID id = UUID.randomUUID();
				byte[] pdf = "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
				demo.jdbc().sql("""
						insert into agenda_item_attachment (id, municipality_code, item_id, file_name, content_type, size_bytes, content)
						values (:id, 336, :item, 'stevns-udkast.pdf', 'application/pdf', :size, :content)""")
					.param("id", id).param("item", item).param("size", pdf.length).param("content", pdf)
					.update();
				return id;
			}));
	}

	private static UUID id(DemoData demo, String sql, int municipality) {
		return TenantScope.asSystem("test", () -> demo.jdbc().sql(sql).param("code", municipality).query(UUID.class).single());
	}
}
