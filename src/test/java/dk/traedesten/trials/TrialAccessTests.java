package dk.traedesten.trials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import dk.traedesten.TestNames;
import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.DemoData;
import dk.traedesten.trials.TrialTransitions.Actor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every endpoint about one trial, by every kind of person, for a draft and for an application in review
 * (issue 4, item 11). Each request works on a fresh application, so one visitor's action never changes what
 * the next one meets. An outcome is the status, and for a redirect whether the action was done or refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrialAccessTests {

	static final List<String> VISITORS = List.of("creator", "co-applicant staff", "other staff", "leader", "other leader",
			"coordinator", "committee", "kk admin", "kk coordinator");

	static final Map<String, String> EMAILS = Map.of("creator", "medarbejder@stevns.demo", "co-applicant staff",
			"psykolog@stevns.demo", "other staff", "laerer.kalkbakken@stevns.demo", "leader", "leder@stevns.demo",
			"other leader", "leder.dagtilbud@stevns.demo", "coordinator", "koordinator@stevns.demo", "committee",
			"udvalg@stevns.demo", "kk admin", "admin@kk.demo", "kk coordinator", "koordinator@kk.demo");

	record Endpoint(HttpMethod method, Function<Fixture, String> uri, Map<String, String> form) {
	}

	record Fixture(UUID trial, UUID ppr, UUID school, UUID kalkbakken, UUID psychologist) {
	}

	/** Expected outcome per visitor, in the order of {@link #VISITORS}. */
	static final Map<String, Endpoint> ENDPOINTS = new LinkedHashMap<>();

	static final Map<String, List<String>> DRAFT = new LinkedHashMap<>();

	static final Map<String, List<String>> IN_REVIEW = new LinkedHashMap<>();

	static {
		endpoint("trial page", HttpMethod.GET, f -> "/proevehandlinger/" + f.trial(), Map.of(),
				List.of("200", "200", "404", "200", "404", "404", "404", "404", "404"),
				List.of("200", "200", "404", "200", "404", "200", "200", "404", "404"));
		endpoint("form step", HttpMethod.GET, f -> "/proevehandlinger/" + f.trial() + "/ansoegning/indsats", Map.of(),
				List.of("200", "403", "404", "403", "404", "404", "404", "404", "404"),
				List.of("409", "403", "404", "403", "404", "403", "403", "404", "404"));
		endpoint("save step", HttpMethod.POST, f -> "/proevehandlinger/" + f.trial() + "/ansoegning/indsats",
				Map.of("title", "Ny titel", "action", "save"),
				List.of("302 done", "403", "404", "403", "404", "404", "404", "404", "404"),
				List.of("409", "403", "404", "403", "404", "403", "403", "404", "404"));
		endpoint("invite unit", HttpMethod.POST, f -> "/proevehandlinger/" + f.trial() + "/enheder?unitId=" + f.kalkbakken(),
				Map.of(), List.of("302 done", "403", "404", "403", "404", "404", "404", "404", "404"),
				List.of("302 refused", "403", "404", "403", "404", "403", "403", "404", "404"));
		endpoint("remove unit", HttpMethod.POST, f -> "/proevehandlinger/" + f.trial() + "/enheder/" + f.ppr() + "/fjern",
				Map.of(), List.of("302 done", "403", "404", "403", "404", "404", "404", "404", "404"),
				List.of("302 refused", "403", "404", "403", "404", "403", "403", "404", "404"));
		endpoint("name a person", HttpMethod.POST, f -> "/proevehandlinger/" + f.trial() + "/deltagere?personId=" + f.psychologist(),
				Map.of("role", "PPR-psykolog"), List.of("302 done", "403", "404", "403", "404", "404", "404", "404", "404"),
				List.of("302 refused", "403", "404", "403", "404", "403", "403", "404", "404"));
		endpoint("remove a person", HttpMethod.POST,
				f -> "/proevehandlinger/" + f.trial() + "/deltagere/" + f.psychologist() + "/fjern", Map.of(),
				List.of("302 done", "403", "404", "403", "404", "404", "404", "404", "404"),
				List.of("302 refused", "403", "404", "403", "404", "403", "403", "404", "404"));
		endpoint("confirm unit", HttpMethod.POST, f -> "/proevehandlinger/" + f.trial() + "/enheder/" + f.ppr() + "/bekraeft",
				Map.of(), List.of("302 refused", "302 done", "404", "302 refused", "404", "404", "404", "404", "404"),
				List.of("302 refused", "302 refused", "404", "302 refused", "404", "302 refused", "302 refused", "404", "404"));
		endpoint("approve unit", HttpMethod.POST, f -> "/proevehandlinger/" + f.trial() + "/enheder/" + f.school() + "/godkend",
				Map.of(), List.of("403", "403", "403", "302 done", "404", "403", "403", "403", "403"),
				List.of("403", "403", "403", "302 refused", "404", "403", "403", "403", "403"));
		endpoint("ask for approval", HttpMethod.POST, f -> "/proevehandlinger/" + f.trial() + "/godkendelser", Map.of(),
				List.of("302 done", "403", "404", "403", "404", "404", "404", "404", "404"),
				List.of("302 refused", "403", "404", "403", "404", "403", "403", "404", "404"));
		endpoint("submit", HttpMethod.POST, f -> "/proevehandlinger/" + f.trial() + "/indsend", Map.of(),
				List.of("302 done", "403", "404", "403", "404", "404", "404", "404", "404"),
				List.of("409", "403", "404", "403", "404", "403", "403", "404", "404"));
		endpoint("reopen", HttpMethod.POST, f -> "/proevehandlinger/" + f.trial() + "/genaabn", Map.of(),
				List.of("409", "403", "404", "403", "404", "404", "404", "404", "404"),
				List.of("409", "403", "404", "403", "404", "403", "403", "404", "404"));
		endpoint("start review", HttpMethod.POST, f -> "/proevehandlinger/" + f.trial() + "/vurdering", Map.of(),
				List.of("403", "403", "403", "403", "403", "404", "403", "403", "404"),
				List.of("403", "403", "403", "403", "403", "409", "403", "403", "404"));
		endpoint("select", HttpMethod.POST, f -> "/proevehandlinger/" + f.trial() + "/udvaelgelse",
				Map.of("decision", "SELECT", "reason", "Godt samarbejde"),
				List.of("403", "403", "403", "403", "403", "404", "403", "403", "404"),
				List.of("403", "403", "403", "403", "403", "302 done", "403", "403", "404"));
	}

	static void endpoint(String name, HttpMethod method, Function<Fixture, String> uri, Map<String, String> form,
			List<String> draft, List<String> inReview) {
		ENDPOINTS.put(name, new Endpoint(method, uri, form));
		DRAFT.put(name, draft);
		IN_REVIEW.put(name, inReview);
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TrialApplications applications;

	@Autowired
	TrialSelection selection;

	@Autowired
	TrialCalls calls;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@TestFactory
	Stream<DynamicTest> aDraft() {
		return walk("draft", DRAFT, false);
	}

	@TestFactory
	Stream<DynamicTest> anApplicationInReview() {
		return walk("in review", IN_REVIEW, true);
	}

	private Stream<DynamicTest> walk(String kind, Map<String, List<String>> expected, boolean inReview) {
		DemoData demo = new DemoData(jdbc, accounts);
		return ENDPOINTS.entrySet().stream().flatMap(endpoint -> {
			List<String> outcomes = expected.get(endpoint.getKey());
			return VISITORS.stream().map(visitor -> DynamicTest.dynamicTest(
					kind + ": " + endpoint.getKey() + " by " + visitor, () -> {
						Fixture fixture = fixture(demo, inReview);
						String outcome = outcome(demo, endpoint.getValue(), fixture, EMAILS.get(visitor));
						assertThat(outcome).isEqualTo(outcomes.get(VISITORS.indexOf(visitor)));
					}));
		});
	}

	private String outcome(DemoData demo, Endpoint endpoint, Fixture fixture, String email) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), endpoint.uri().apply(fixture))
			.with(demo.as(email))
			.with(csrf());
		endpoint.form().forEach(request::param);
		MvcTestResult result = mvc.perform(request);
		int status = result.getResponse().getStatus();
		if (status == 302) {
			String target = result.getResponse().getRedirectedUrl();
			return target.contains("?") ? "302 done" : "302 refused";
		}
		return String.valueOf(status);
	}

	private Fixture fixture(DemoData demo, boolean inReview) {
		return TenantScope.asTenant(336, "test", () -> {
			Map<String, UUID> units = applications.unitsOf(336);
			TrialCall open = calls.all().stream().filter(c -> c.openOn(calls.today())).findFirst().orElseThrow();
			Actor creator = new Actor(demo.person("medarbejder@stevns.demo"), "Mette Holm");
			UUID id = applications.createDraft(open.id(), "Adgangsprøve " + TestNames.unique(), creator);
			UUID ppr = units.get("PPR Stevns");
			applications.addUnit(id, ppr, "Sparring");
			if (inReview) {
				TrialApplicationTests.fillIn(applications, id, open);
				applications.confirm(id, ppr, new Actor(demo.person("psykolog@stevns.demo"), "Ahmad"));
				applications.approve(id, units.get("Strandengens Skole"), new Actor(demo.person("leder@stevns.demo"), "Jens"));
				applications.approve(id, ppr, new Actor(demo.person("leder.ppr@stevns.demo"), "Eva"));
				assertThat(applications.submit(id, creator)).isEqualTo(TrialState.ELIGIBLE);
				selection.startReview(id, new Actor(demo.person("koordinator@stevns.demo"), "Hanne"));
			}
			return new Fixture(id, ppr, units.get("Strandengens Skole"), units.get("Kalkbakkens Skole"),
					demo.person("psykolog@stevns.demo"));
		});
	}
}
