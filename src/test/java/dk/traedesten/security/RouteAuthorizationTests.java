package dk.traedesten.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

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
 * Who may use each route. Every route of the app has a row: who may use it, a request that the allowed get
 * through (with form data that changes nothing where possible) and the status they get. Anonymous visitors
 * are sent to the sign-in page, signed-in people without the role get 403, and every POST needs the CSRF
 * token.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RouteAuthorizationTests {

	/**
	 * Who a route lets in. MUNICIPAL_USER is anyone signed in who belongs to a municipality (not the platform
	 * administrator); COORDINATOR is the strategy coordinator; LEADER a unit leader; COMMITTEE the selection
	 * committee and the coordinator; REGISTRAR the coordinator and the municipality's administrator (decision 0011). Access to one particular trial also depends on who takes part in it:
	 * that is tested per trial in the trials module's own access tests.
	 */
	enum Level {
		PUBLIC, SIGNED_IN, MUNICIPAL_USER, ANY_ADMINISTRATOR, MUNICIPAL_ADMINISTRATOR, PLATFORM_ADMINISTRATOR,
		COORDINATOR, LEADER, COMMITTEE, REGISTRAR, EVENT_ORGANISER, NOT_REQUESTED,
		/** Anyone of a municipality or of an organisation outside them: registers for events (decision 0019). */
		REGISTRANT,
		/** A municipality's registrar, or anyone of an organisation outside the municipalities. */
		REGISTRANT_REGISTRAR
	}

	record Access(Level level, HttpMethod method, String uri, Map<String, String> form, int allowedStatus) {
	}

	record Visitor(String name, String email, Set<Level> reaches) {
	}

	static final List<Visitor> VISITORS = List.of(new Visitor("anonymous", null, Set.of(Level.PUBLIC)),
			new Visitor("staff", "medarbejder@stevns.demo",
					Set.of(Level.PUBLIC, Level.SIGNED_IN, Level.MUNICIPAL_USER, Level.REGISTRANT)),
			new Visitor("unit leader", "leder@stevns.demo",
					Set.of(Level.PUBLIC, Level.SIGNED_IN, Level.MUNICIPAL_USER, Level.REGISTRANT, Level.LEADER)),
			new Visitor("coordinator", "koordinator@stevns.demo",
					Set.of(Level.PUBLIC, Level.SIGNED_IN, Level.MUNICIPAL_USER, Level.COORDINATOR, Level.COMMITTEE,
							Level.REGISTRAR, Level.REGISTRANT, Level.REGISTRANT_REGISTRAR)),
			new Visitor("committee member", "udvalg@stevns.demo",
					Set.of(Level.PUBLIC, Level.SIGNED_IN, Level.MUNICIPAL_USER, Level.REGISTRANT, Level.COMMITTEE)),
			new Visitor("administrator", "admin@stevns.demo", Set.of(Level.PUBLIC, Level.SIGNED_IN,
					Level.MUNICIPAL_USER, Level.ANY_ADMINISTRATOR, Level.MUNICIPAL_ADMINISTRATOR, Level.REGISTRAR,
					Level.REGISTRANT, Level.REGISTRANT_REGISTRAR)),
			new Visitor("event organiser", "arrangoer@stevns.demo",
					Set.of(Level.PUBLIC, Level.SIGNED_IN, Level.MUNICIPAL_USER, Level.REGISTRANT, Level.EVENT_ORGANISER)),
			// KL's organiser works for no municipality: every tenant page refuses them. As one of KL's people they
			// register KL's staff for events (decision 0019).
			new Visitor("KL's event organiser", "arrangoer@kl.demo", Set.of(Level.PUBLIC, Level.SIGNED_IN,
					Level.EVENT_ORGANISER, Level.REGISTRANT, Level.REGISTRANT_REGISTRAR)),
			new Visitor("platform administrator", "platform@traedesten.demo", Set.of(Level.PUBLIC, Level.SIGNED_IN,
					Level.ANY_ADMINISTRATOR, Level.PLATFORM_ADMINISTRATOR, Level.EVENT_ORGANISER)));

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

	Map<String, Access> table() {
		String area = "/organisation/omraader/" + demo.area(DemoData.STEVNS, "Syd");
		String unit = "/organisation/enheder/" + demo.unit("Kalkbakkens Skole");
		String person = "/organisation/personer/" + demo.person("psykolog@stevns.demo");
		Map<String, String> none = Map.of();
		Map<String, Access> table = new LinkedHashMap<>();
		table.put("ANY /error", new Access(Level.NOT_REQUESTED, HttpMethod.GET, "/error", none, 0));
		table.put("GET /", get(Level.PUBLIC, "/"));
		table.put("GET /log-ind", get(Level.PUBLIC, "/log-ind"));
		table.put("GET /glemt-adgangskode", get(Level.PUBLIC, "/glemt-adgangskode"));
		table.put("POST /glemt-adgangskode", post(Level.PUBLIC, "/glemt-adgangskode", Map.of("email", ""), 200));
		table.put("GET /nulstil-adgangskode", get(Level.PUBLIC, "/nulstil-adgangskode?token=ugyldig"));
		table.put("POST /nulstil-adgangskode", post(Level.PUBLIC, "/nulstil-adgangskode", Map.of("token", "x"), 200));
		table.put("GET /invitation", get(Level.PUBLIC, "/invitation?token=ugyldig"));
		table.put("POST /invitation", post(Level.PUBLIC, "/invitation", Map.of("token", "x"), 200));
		table.put("GET /profil", get(Level.SIGNED_IN, "/profil"));
		table.put("POST /profil/adgangskode",
				post(Level.SIGNED_IN, "/profil/adgangskode", Map.of("current", "forkert-kode-123"), 200));
		table.put("GET /organisation", get(Level.ANY_ADMINISTRATOR, "/organisation"));
		table.put("GET /organisation/kommuner", get(Level.ANY_ADMINISTRATOR, "/organisation/kommuner"));
		table.put("GET /organisation/kommuner/{code}", get(Level.ANY_ADMINISTRATOR, "/organisation/kommuner/336"));
		table.put("POST /organisation/kommuner/{code}/folketal", post(Level.PLATFORM_ADMINISTRATOR,
				"/organisation/kommuner/336/folketal", Map.of("year", "2026"), 200));
		table.put("POST /organisation/kommuner/{code}/oe-kommune", post(Level.PLATFORM_ADMINISTRATOR,
				"/organisation/kommuner/336/oe-kommune", Map.of("island", "false"), 302));
		String organisation = "/organisation/organisationer/" + demo.organisation("KL");
		table.put("GET /organisation/organisationer", get(Level.ANY_ADMINISTRATOR, "/organisation/organisationer"));
		table.put("GET /organisation/organisationer/ny",
				get(Level.PLATFORM_ADMINISTRATOR, "/organisation/organisationer/ny"));
		table.put("POST /organisation/organisationer/ny",
				post(Level.PLATFORM_ADMINISTRATOR, "/organisation/organisationer/ny", Map.of("name", ""), 200));
		table.put("GET /organisation/organisationer/{id}", get(Level.ANY_ADMINISTRATOR, organisation));
		table.put("POST /organisation/organisationer/{id}",
				post(Level.PLATFORM_ADMINISTRATOR, organisation, Map.of("name", ""), 200));
		table.put("GET /organisation/kommuner/folketal-import",
				get(Level.PLATFORM_ADMINISTRATOR, "/organisation/kommuner/folketal-import"));
		table.put("POST /organisation/kommuner/folketal-import",
				post(Level.PLATFORM_ADMINISTRATOR, "/organisation/kommuner/folketal-import", Map.of(), 200));
		// A preview token the session does not hold: authorised, so it is sent back to the upload page.
		table.put("POST /organisation/kommuner/folketal-import/gem", post(Level.PLATFORM_ADMINISTRATOR,
				"/organisation/kommuner/folketal-import/gem", Map.of("token", UUID.randomUUID().toString()), 302));
		table.put("GET /organisation/omraader", get(Level.ANY_ADMINISTRATOR, "/organisation/omraader"));
		table.put("POST /organisation/omraader",
				post(Level.MUNICIPAL_ADMINISTRATOR, "/organisation/omraader", Map.of("name", ""), 200));
		table.put("GET /organisation/omraader/{id}", get(Level.ANY_ADMINISTRATOR, area));
		table.put("POST /organisation/omraader/{id}", post(Level.MUNICIPAL_ADMINISTRATOR, area, Map.of("name", ""), 200));
		table.put("GET /organisation/enheder", get(Level.ANY_ADMINISTRATOR, "/organisation/enheder"));
		table.put("GET /organisation/enheder/ny", get(Level.MUNICIPAL_ADMINISTRATOR, "/organisation/enheder/ny"));
		table.put("POST /organisation/enheder/ny",
				post(Level.MUNICIPAL_ADMINISTRATOR, "/organisation/enheder/ny", Map.of("name", ""), 200));
		table.put("GET /organisation/enheder/{id}", get(Level.ANY_ADMINISTRATOR, unit));
		table.put("POST /organisation/enheder/{id}", post(Level.MUNICIPAL_ADMINISTRATOR, unit, Map.of("name", ""), 200));
		table.put("GET /organisation/personer", get(Level.ANY_ADMINISTRATOR, "/organisation/personer"));
		table.put("GET /organisation/personer/ny", get(Level.MUNICIPAL_ADMINISTRATOR, "/organisation/personer/ny"));
		table.put("POST /organisation/personer/ny",
				post(Level.MUNICIPAL_ADMINISTRATOR, "/organisation/personer/ny", Map.of("name", ""), 200));
		table.put("GET /organisation/personer/{id}", get(Level.ANY_ADMINISTRATOR, person));
		table.put("POST /organisation/personer/{id}",
				post(Level.MUNICIPAL_ADMINISTRATOR, person, Map.of("name", ""), 200));
		table.put("POST /organisation/personer/{id}/roller",
				post(Level.MUNICIPAL_ADMINISTRATOR, person + "/roller", Map.of(), 200));
		// An unknown membership: authorised, so the answer is 404 rather than 403, and nothing is removed.
		table.put("POST /organisation/personer/{id}/roller/{membershipId}/fjern", post(Level.MUNICIPAL_ADMINISTRATOR,
				person + "/roller/" + UUID.randomUUID() + "/fjern", Map.of(), 404));
		table.put("POST /organisation/personer/{id}/invitation",
				post(Level.ANY_ADMINISTRATOR, person + "/invitation", Map.of(), 302));
		table.put("GET /administration/revisionsspor", get(Level.ANY_ADMINISTRATOR, "/administration/revisionsspor"));
		table.putAll(StrategyRoutes.authorization(demo));
		table.putAll(TrialRoutes.authorization(demo));
		table.putAll(TrialFollowUpRoutes.authorization(demo));
		table.putAll(TrialOverviewRoutes.authorization(demo));
		table.putAll(MeasureRoutes.authorization(demo));
		table.putAll(MeasureDataRoutes.authorization(demo));
		table.putAll(MeasureChartRoutes.authorization(demo));
		table.putAll(NotificationRoutes.authorization(demo));
		table.putAll(EventRoutes.authorization(demo));
		table.putAll(RegistrationRoutes.authorization(demo));
		table.putAll(InvoiceRoutes.authorization(demo));
		table.putAll(EventPlanningRoutes.authorization(demo));
		table.putAll(RoundtableRoutes.authorization(demo));
		table.putAll(RunSheetRoutes.authorization(demo));
		table.putAll(CommitteeRoutes.authorization(demo));
		table.putAll(CommitteeAlertRoutes.authorization(demo));
		table.putAll(OparlRoutes.authorization(demo));
		table.putAll(CommitteeFollowUpRoutes.authorization(demo));
		table.putAll(PartnershipRoutes.authorization(demo));
		return table;
	}

	@Test
	void everyRouteOfTheAppHasAnEntryInTheAuthorizationTable() {
		Set<String> missing = new TreeSet<>(AppRoutes.of(mappings));
		missing.removeAll(table().keySet());
		Set<String> stale = new TreeSet<>(table().keySet());
		stale.removeAll(AppRoutes.of(mappings));
		assertThat(missing).as("routes without an entry in the authorization table of %s", getClass().getSimpleName())
			.isEmpty();
		assertThat(stale).as("authorization table entries for routes the app no longer has").isEmpty();
	}

	@TestFactory
	Stream<DynamicTest> eachVisitorIsLetInOnlyWhereTheirRoleReaches() {
		return table().entrySet().stream()
			.filter(entry -> entry.getValue().level() != Level.NOT_REQUESTED)
			.flatMap(entry -> VISITORS.stream()
				.map(visitor -> DynamicTest.dynamicTest(visitor.name() + " → " + entry.getKey(), () -> {
					Access access = entry.getValue();
					MvcTestResult result = mvc.perform(request(access, visitor).with(csrf()));
					if (visitor.reaches().contains(access.level())) {
						assertThat(result).hasStatus(access.allowedStatus());
					}
					else if (visitor.email() == null) {
						assertThat(result).hasStatus3xxRedirection().redirectedUrl().endsWith("/log-ind");
					}
					else {
						assertThat(result).hasStatus(403);
					}
				})));
	}

	@TestFactory
	Stream<DynamicTest> everyPostWithoutTheCsrfTokenIsRefused() {
		return table().entrySet().stream()
			.filter(entry -> entry.getValue().method() == HttpMethod.POST)
			.map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
				Access access = entry.getValue();
				Visitor allowed = VISITORS.stream()
					.filter(visitor -> visitor.reaches().contains(access.level()))
					.findFirst()
					.orElseThrow();
				assertThat(mvc.perform(request(access, allowed))).hasStatus(403);
			}));
	}

	@Test
	void signingInWithoutTheCsrfTokenIsRefused() {
		assertThat(mvc.post().uri("/log-ind").param("email", "admin@stevns.demo").param("password", DemoData.PASSWORD))
			.hasStatus(403);
	}

	@Test
	void signingOutWithoutTheCsrfTokenIsRefused() {
		assertThat(mvc.post().uri("/log-ud").with(demo.as("admin@stevns.demo"))).hasStatus(403);
	}

	private MockHttpServletRequestBuilder request(Access access, Visitor visitor) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(access.method(), access.uri());
		if (visitor.email() != null) {
			request.with(demo.as(visitor.email()));
		}
		access.form().forEach(request::param);
		return request;
	}

	static Access get(Level level, String uri) {
		return new Access(level, HttpMethod.GET, uri, Map.of(), 200);
	}

	static Access post(Level level, String uri, Map<String, String> form, int allowedStatus) {
		return new Access(level, HttpMethod.POST, uri, form, allowedStatus);
	}
}
