package dk.traedesten.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.DemoData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * København's strategy coordinator may change København's strategy, so the route walk's administrator (refused with
 * 403 before any id is read) does not reach these routes. Here the coordinator reaches for Stevns' strategy and
 * items on every editing route, with valid form data: each answers 404 exactly as an unknown id does, shows nothing
 * of Stevns, and changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StrategyTenancyTests {

	static final Pattern UUID_PATTERN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	static final String TABLES = Stream.of("strategy", "strategy_element", "guiding_point", "strategy_milestone",
			"annual_cycle_phase", "communication_item", "onboarding_item")
		.map(table -> "coalesce((select md5(string_agg(r::text, ',' order by r::text)) from " + table
				+ " r where r.municipality_code = 336), '-')")
		.collect(Collectors.joining(" || '|' || "));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	DemoData demo;

	@BeforeEach
	void lookUpTheFixture() {
		demo = new DemoData(jdbc, accounts);
	}

	private UUID stevns(String sql) {
		return TenantScope.asSystem("test", () -> jdbc.sql(sql).query(UUID.class).list().get(0));
	}

	Map<String, Map<String, String>> requests() {
		UUID strategy = stevns("select id from strategy where municipality_code = 336 and title = 'Sammen MED børnene'");
		String base = "/strategi/" + strategy;
		String where = " where strategy_id = '" + strategy + "' order by position";
		UUID element = stevns("select id from strategy_element" + where);
		UUID milestone = stevns("select id from strategy_milestone" + where);
		UUID phase = stevns("select id from annual_cycle_phase" + where);
		UUID communication = stevns("select id from communication_item" + where);
		UUID onboarding = stevns("select id from onboarding_item" + where);
		Map<String, String> basics = Map.of("title", "Overtaget", "vision", "Overtaget");
		Map<String, String> elementForm = Map.of("name", "Overtaget", "kind", "BEARING", "guidingPoints", "Overtaget");
		Map<String, String> milestoneForm = Map.of("period", "Overtaget", "description", "Overtaget");
		Map<String, String> phaseForm = Map.of("name", "Overtaget");
		Map<String, String> communicationForm = Map.of("audience", "Overtaget", "message", "Overtaget", "channel", "x",
				"timing", "x", "owner", "x");
		Map<String, String> onboardingForm = Map.of("text", "Overtaget");
		Map<String, Map<String, String>> requests = new LinkedHashMap<>();
		requests.put("GET " + base + "/rediger", Map.of());
		requests.put("POST " + base + "/rediger", basics);
		requests.put("GET " + base + "/elementer", Map.of());
		requests.put("POST " + base + "/elementer", elementForm);
		requests.put("GET " + base + "/elementer/" + element, Map.of());
		requests.put("POST " + base + "/elementer/" + element, elementForm);
		requests.put("POST " + base + "/elementer/" + element + "/flyt", Map.of("retning", "ned"));
		requests.put("POST " + base + "/elementer/" + element + "/slet", Map.of());
		Map<String, UUID> items = Map.of("tidsplan", milestone, "aarshjul", phase, "kommunikation", communication,
				"onboarding", onboarding);
		Map<String, Map<String, String>> forms = Map.of("tidsplan", milestoneForm, "aarshjul", phaseForm, "kommunikation",
				communicationForm, "onboarding", onboardingForm);
		items.forEach((section, item) -> {
			requests.put("GET " + base + "/" + section, Map.of());
			requests.put("POST " + base + "/" + section, forms.get(section));
			requests.put("GET " + base + "/" + section + "/" + item, Map.of());
			requests.put("POST " + base + "/" + section + "/" + item, forms.get(section));
			requests.put("POST " + base + "/" + section + "/" + item + "/flyt", Map.of("retning", "ned"));
			requests.put("POST " + base + "/" + section + "/" + item + "/slet", Map.of());
		});
		return requests;
	}

	@TestFactory
	Stream<DynamicTest> koebenhavnsCoordinatorFindsNothingOfStevnsAndChangesNothing() {
		return requests().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
			String before = fingerprint();
			MvcTestResult result = mvc.perform(request(entry.getKey(), entry.getValue()));
			assertThat(result).hasStatus(404);
			assertThat(result.getResponse().getContentAsString()).doesNotContain("Sammen MED børnene",
					"Vi arbejder fællesskabende", "Forår 2023");
			assertThat(fingerprint()).isEqualTo(before);
			MvcTestResult unknown = mvc.perform(request(
					UUID_PATTERN.matcher(entry.getKey()).replaceAll(match -> UUID.randomUUID().toString()), entry.getValue()));
			assertThat(unknown.getResponse().getContentAsString()).as("a foreign id answers exactly like an unknown one")
				.isEqualTo(result.getResponse().getContentAsString());
		}));
	}

	private MockHttpServletRequestBuilder request(String route, Map<String, String> form) {
		String[] methodAndUri = route.split(" ", 2);
		MockHttpServletRequestBuilder request = methodAndUri[0].equals("GET")
				? MockMvcRequestBuilders.get(methodAndUri[1]) : MockMvcRequestBuilders.post(methodAndUri[1]).with(csrf());
		request.with(demo.as("koordinator@kk.demo"));
		form.forEach(request::param);
		return request;
	}

	private String fingerprint() {
		return TenantScope.asSystem("test", () -> jdbc.sql("select " + TABLES).query(String.class).single());
	}
}
