package dk.traedesten.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dk.traedesten.platform.tenancy.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every route of the application as København's administrator and reaches for Stevns' data. Each route
 * is in the table below, either as a request for a Stevns resource that must answer 404 without a trace of
 * it, as a list page that must not show other municipalities' rows, or as an exemption with its reason. A
 * route added to the app without an entry here fails the walk.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TenantIsolationWalkTests {

	static final String INTRUDER = "admin@kk.demo";

	/** Names that belong to Stevns and Herning and must never show on a page København's administrator sees. */
	static final List<String> FOREIGN_NAMES = List.of("Strandengens Skole", "Kalkbakkens Skole", "Klub Klinten",
			"Mette Holm", "Kim Andersen", "@stevns.demo", "Lindegårdsskolen", "Dagtilbud Hedebo", "Maja Kjær",
			"@herning.demo", "Herning By", "Herning Land");

	sealed interface Entry {
	}

	/** A request for another municipality's resource: 404, no trace of {@code secret}, nothing changed. */
	record ForeignResource(HttpMethod method, String uri, Map<String, String> form, String secret) implements Entry {

		ForeignResource withRandomIds() {
			return new ForeignResource(method, UUID_PATTERN.matcher(uri).replaceAll(match -> UUID.randomUUID().toString()),
					form, secret);
		}
	}

	static final Pattern UUID_PATTERN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	/** A page of the municipality's own rows: {@code ownName} appears, none of {@link #FOREIGN_NAMES} may. */
	record ScopedList(String uri, String ownName) implements Entry {
	}

	record Exempt(String reason) implements Entry {
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	DemoData demo;

	@BeforeEach
	void lookUpTheFixture() {
		demo = new DemoData(jdbc, accounts);
	}

	Map<String, Entry> table() {
		UUID area = demo.area(DemoData.STEVNS, "Nord");
		UUID unit = demo.unit("Strandengens Skole");
		UUID person = demo.person("medarbejder@stevns.demo");
		UUID membership = demo.membershipOf("medarbejder@stevns.demo");
		Map<String, Entry> table = new LinkedHashMap<>();
		String publicPage = "public page without tenant data";
		table.put("GET /", new Exempt(publicPage));
		table.put("GET /log-ind", new Exempt(publicPage));
		table.put("ANY /error", new Exempt("error page; renders no tenant data"));
		table.put("GET /glemt-adgangskode", new Exempt(publicPage));
		table.put("POST /glemt-adgangskode", new Exempt("public; answers the same for every address (SignInTests)"));
		String token = "public; reaches only the one account its one-time token was issued for"
				+ " (PasswordResetAndInvitationMailTests)";
		table.put("GET /nulstil-adgangskode", new Exempt(token));
		table.put("POST /nulstil-adgangskode", new Exempt(token));
		table.put("GET /invitation", new Exempt(token));
		table.put("POST /invitation", new Exempt(token));
		String own = "own profile: works only on the signed-in person's account, takes no id";
		table.put("GET /profil", new Exempt(own));
		table.put("POST /profil/adgangskode", new Exempt(own));
		String reference = "reference data: the 98 municipalities are public to every administrator";
		table.put("GET /organisation/kommuner", new Exempt(reference));
		table.put("GET /organisation/kommuner/{code}", new Exempt(reference));
		String platform = "reference data changed by platform administrators only (RouteAuthorizationTests)";
		table.put("POST /organisation/kommuner/{code}/folketal", new Exempt(platform));
		table.put("POST /organisation/kommuner/{code}/oe-kommune", new Exempt(platform));
		String shared = "other organisations (KL, consultancies, associations) are shared by all municipalities;"
				+ " only platform administrators change them (RouteAuthorizationTests)";
		table.put("GET /organisation/organisationer", new Exempt(shared));
		table.put("GET /organisation/organisationer/ny", new Exempt(shared));
		table.put("POST /organisation/organisationer/ny", new Exempt(shared));
		table.put("GET /organisation/organisationer/{id}", new Exempt(shared));
		table.put("POST /organisation/organisationer/{id}", new Exempt(shared));
		table.put("GET /organisation/kommuner/folketal-import", new Exempt(platform));
		table.put("POST /organisation/kommuner/folketal-import", new Exempt(platform));
		table.put("POST /organisation/kommuner/folketal-import/gem", new Exempt(platform));
		table.put("GET /organisation", new ScopedList("/organisation", null));
		String creates = "creates in the signed-in administrator's own municipality; takes no id of a resource";
		table.put("POST /organisation/omraader", new Exempt(creates));
		table.put("GET /organisation/personer/ny", new Exempt("empty form"));
		table.put("POST /organisation/personer/ny", new Exempt(creates));
		table.put("POST /organisation/enheder/ny",
				new Exempt(creates + "; a foreign area id is dropped (ForeignIdsInFormsTests)"));
		table.put("GET /organisation/omraader", new ScopedList("/organisation/omraader", "Valby-Vesterbro"));
		table.put("GET /organisation/enheder", new ScopedList("/organisation/enheder", "Sundbyøster Skole"));
		table.put("GET /organisation/enheder/ny", new ScopedList("/organisation/enheder/ny", "Valby-Vesterbro"));
		table.put("GET /organisation/personer", new ScopedList("/organisation/personer", "Nadia Ibrahim"));
		table.put("GET /administration/revisionsspor", new ScopedList("/administration/revisionsspor", null));
		table.put("GET /organisation/omraader/{id}",
				new ForeignResource(HttpMethod.GET, "/organisation/omraader/" + area, Map.of(), "Nord"));
		table.put("POST /organisation/omraader/{id}", new ForeignResource(HttpMethod.POST,
				"/organisation/omraader/" + area, Map.of("name", "Overtaget"), "Nord"));
		table.put("GET /organisation/enheder/{id}",
				new ForeignResource(HttpMethod.GET, "/organisation/enheder/" + unit, Map.of(), "Strandengens Skole"));
		table.put("POST /organisation/enheder/{id}", new ForeignResource(HttpMethod.POST, "/organisation/enheder/" + unit,
				Map.of("name", "Overtaget", "kind", "SCHOOL"), "Strandengens Skole"));
		table.put("GET /organisation/personer/{id}",
				new ForeignResource(HttpMethod.GET, "/organisation/personer/" + person, Map.of(), "Mette Holm"));
		table.put("POST /organisation/personer/{id}", new ForeignResource(HttpMethod.POST,
				"/organisation/personer/" + person, Map.of("name", "Overtaget", "email", "overtaget@kk.demo"),
				"Mette Holm"));
		table.put("POST /organisation/personer/{id}/roller", new ForeignResource(HttpMethod.POST,
				"/organisation/personer/" + person + "/roller", Map.of("role", "UNIT_LEADER", "unitId", unit.toString()),
				"Mette Holm"));
		table.put("POST /organisation/personer/{id}/roller/{membershipId}/fjern", new ForeignResource(HttpMethod.POST,
				"/organisation/personer/" + person + "/roller/" + membership + "/fjern", Map.of(), "Mette Holm"));
		table.put("POST /organisation/personer/{id}/invitation", new ForeignResource(HttpMethod.POST,
				"/organisation/personer/" + person + "/invitation", Map.of(), "Mette Holm"));
		table.putAll(StrategyRoutes.tenancy(demo));
		table.putAll(TrialRoutes.tenancy(demo));
		table.putAll(TrialFollowUpRoutes.tenancy(demo));
		table.putAll(TrialOverviewRoutes.tenancy(demo));
		table.putAll(MeasureRoutes.tenancy(demo));
		table.putAll(MeasureDataRoutes.tenancy(demo));
		table.putAll(MeasureChartRoutes.tenancy(demo));
		table.putAll(NotificationRoutes.tenancy(demo));
		table.putAll(EventRoutes.tenancy(demo));
		table.putAll(RegistrationRoutes.tenancy(demo));
		table.putAll(InvoiceRoutes.tenancy(demo));
		table.putAll(EventPlanningRoutes.tenancy(demo));
		table.putAll(RoundtableRoutes.tenancy(demo));
		table.putAll(RunSheetRoutes.tenancy(demo));
		table.putAll(CommitteeRoutes.tenancy(demo));
		table.putAll(CommitteeAlertRoutes.tenancy(demo));
		table.putAll(OparlRoutes.tenancy(demo));
		table.putAll(CommitteeFollowUpRoutes.tenancy(demo));
		table.putAll(PartnershipRoutes.tenancy(demo));
		return table;
	}

	@Test
	void everyRouteOfTheAppHasAnEntryInTheTenancyTable() {
		Set<String> routes = AppRoutes.of(mappings);
		Set<String> missing = new TreeSet<>(routes);
		missing.removeAll(table().keySet());
		Set<String> stale = new TreeSet<>(table().keySet());
		stale.removeAll(routes);
		assertThat(missing).as("routes without an entry in the tenancy table of %s", getClass().getSimpleName())
			.isEmpty();
		assertThat(stale).as("tenancy table entries for routes the app no longer has").isEmpty();
	}

	@TestFactory
	Stream<DynamicTest> anotherMunicipalitysResourcesAnswerNotFoundAndStayUnchanged() {
		return table().entrySet().stream()
			.filter(entry -> entry.getValue() instanceof ForeignResource)
			.map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
				ForeignResource foreign = (ForeignResource) entry.getValue();
				String before = stevnsFingerprint();
				MvcTestResult result = mvc.perform(request(foreign));
				assertThat(result).hasStatus(404);
				assertThat(result.getResponse().getContentAsString()).doesNotContain(foreign.secret());
				assertThat(stevnsFingerprint()).isEqualTo(before);
				MvcTestResult nonexistent = mvc.perform(request(foreign.withRandomIds()));
				assertThat(nonexistent).as("a foreign id answers exactly like an id that does not exist")
					.hasStatus(result.getResponse().getStatus());
				assertThat(nonexistent.getResponse().getContentAsString())
					.isEqualTo(result.getResponse().getContentAsString());
			}));
	}

	@TestFactory
	Stream<DynamicTest> listPagesShowOnlyTheOwnMunicipalitysRows() {
		return table().entrySet().stream()
			.filter(entry -> entry.getValue() instanceof ScopedList)
			.map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
				ScopedList list = (ScopedList) entry.getValue();
				MvcTestResult result = mvc.perform(MockMvcRequestBuilders.get(list.uri()).with(demo.as(INTRUDER)));
				assertThat(result).hasStatusOk();
				String body = result.getResponse().getContentAsString();
				assertThat(body).doesNotContain(FOREIGN_NAMES);
				if (list.ownName() != null) {
					assertThat(body).as("the page shows København's own rows").contains(list.ownName());
				}
			}));
	}

	private MockHttpServletRequestBuilder request(ForeignResource foreign) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(foreign.method(), foreign.uri())
			.with(demo.as(INTRUDER));
		if (foreign.method() == HttpMethod.POST) {
			request.with(csrf());
		}
		foreign.form().forEach(request::param);
		return request;
	}

	/** Tables of the strategy and trials modules, fingerprinted whole: any change to a Stevns row shows. */
	static final String STEVNS_TABLES = java.util.stream.Stream
		.of("strategy", "strategy_element", "guiding_point", "strategy_milestone", "annual_cycle_phase",
				"communication_item", "onboarding_item", "trial_call", "trial", "trial_unit", "trial_participant",
				"trial_element", "trial_measure", "trial_transition", "trial_agreement", "trial_data_collection",
				"pdsa_cycle", "trial_note", "trial_report", "trial_report_effect")
		.map(table -> " || '|' || coalesce((select md5(string_agg(r::text, ',' order by r::text)) from " + table
				+ " r where r.municipality_code = 336), '-')")
		.collect(java.util.stream.Collectors.joining());

	/** What the walk could have changed in Stevns, read across tenants. */
	private String stevnsFingerprint() {
		return TenantScope.asSystem("test", () -> jdbc.sql("""
				select (select string_agg(name, ',' order by name) from area where municipality_code = 336)
				    || '|' || (select string_agg(name || ':' || coalesce(area_id::text, ''), ',' order by name)
				               from unit where municipality_code = 336)
				    || '|' || (select string_agg(name || ':' || email, ',' order by email)
				               from person where municipality_code = 336)
				    || '|' || (select count(*) from membership where municipality_code = 336)
				    || '|' || (select count(*) from one_time_token t join account a on a.id = t.account_id
				               where a.municipality_code = 336)""" + STEVNS_TABLES).query(String.class).single());
	}
}
