package dk.traedesten.trials.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import dk.traedesten.security.DemoData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Each overview endpoint for each kind of visitor, with Stevns and København trials present: who gets in, and which
 * trials each sees on the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrialOverviewAccessTests {

	static final String COPENHAGEN_ADMINISTRATOR = "admin@kk.demo";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Clock clock;

	TrialFixture fixture;

	DemoData demo;

	@BeforeAll
	void createTheFixture() {
		fixture = TrialFixture.create(jdbc, LocalDate.now(clock));
		demo = new DemoData(jdbc, accounts);
	}

	@AfterAll
	void removeTheFixture() {
		fixture.close();
	}

	static Stream<Arguments> endpointsAndVisitors() {
		List<String> endpoints = List.of("/proevehandlinger", "/proevehandlinger/soeg");
		List<Arguments> cases = new java.util.ArrayList<>();
		for (String endpoint : endpoints) {
			for (String email : List.of(TrialFixture.STAFF, TrialFixture.LEADER, TrialFixture.COORDINATOR,
					TrialFixture.COMMITTEE, "admin@stevns.demo", COPENHAGEN_ADMINISTRATOR)) {
				cases.add(Arguments.of(endpoint, email, 200));
			}
			cases.add(Arguments.of(endpoint, "platform@traedesten.demo", 403));
			cases.add(Arguments.of(endpoint, null, 302));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{1} → {0}: {2}")
	@MethodSource("endpointsAndVisitors")
	void letsInEveryoneOfAMunicipalityAndNobodyElse(String endpoint, String email, int status) {
		MvcTestResult result = email == null ? mvc.get().uri(endpoint).exchange()
				: mvc.get().uri(endpoint).with(demo.as(email)).exchange();
		assertThat(result).hasStatus(status);
		if (email == null) {
			assertThat(result).redirectedUrl().endsWith("/log-ind");
		}
	}

	private String page(String email, String uri) throws java.io.UnsupportedEncodingException {
		MvcTestResult result = mvc.get().uri(uri).with(demo.as(email)).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private String[] titles(String... keys) {
		return Stream.of(keys).map(fixture::title).toArray(String[]::new);
	}

	@Test
	void showsStaffTheirOwnTrialsAndDraftsAndTheOpenCalls() throws Exception {
		String body = page(TrialFixture.STAFF, "/proevehandlinger");
		assertThat(body).contains("Mine prøvehandlinger", "Åbne ansøgningsrunder",
				"/proevehandlinger/ansoegningsrunder/" + fixture.callId, "/proevehandlinger/" + fixture.trials.get("draft"))
			.contains(titles("draft", "submitted", "running"))
			.doesNotContain(titles("foreign-draft", "review", "selected", "copenhagen"))
			.doesNotContain("Afventer din godkendelse", "Ansøgninger til vurdering", "Frister for baseline");
		assertThat(body.indexOf(fixture.title("draft"))).as("drafts first")
			.isLessThan(body.indexOf(fixture.title("running")));
	}

	@Test
	void showsALeaderWhatWaitsForTheirApproval() throws Exception {
		String body = page(TrialFixture.LEADER, "/proevehandlinger");
		assertThat(body).contains("Afventer din godkendelse", "Lederens godkendelse", "Strandengens Skole")
			.contains(titles("draft", "submitted"))
			.doesNotContain(titles("foreign-draft", "review"));
	}

	@Test
	void givesTheCoordinatorTheDashboardOfCallsAndDeadlines() throws Exception {
		String body = page(TrialFixture.COORDINATOR, "/proevehandlinger");
		assertThat(body).contains("Ansøgningsrunder", "Overbliksrunde " + fixture.tag, "4 af 5",
				"/proevehandlinger/soeg?call=" + fixture.callId + "&amp;state=RUNNING",
				"Forfalden for 5 dage siden", "Forfalder om 10 dage", "Frister for baseline, status og evaluering")
			.contains(titles("running", "reported", "agreed"))
			.doesNotContain(titles("draft", "foreign-draft", "copenhagen"));
		assertThat(body.indexOf("Forfalden for 5 dage siden")).as("overdue first")
			.isLessThan(body.indexOf("Forfalder om 10 dage"));
	}

	@Test
	void givesCommitteeMembersTheApplicationsToRead() throws Exception {
		String body = page(TrialFixture.COMMITTEE, "/proevehandlinger");
		assertThat(body).contains("Ansøgninger til vurdering").contains(titles("review"))
			.doesNotContain(titles("draft", "foreign-draft", "copenhagen", "submitted"))
			.doesNotContain("Frister for baseline");
	}

	@Test
	void showsAnAdministratorNoTrialTheyHaveNoPartIn() throws Exception {
		assertThat(page("admin@stevns.demo", "/proevehandlinger"))
			.doesNotContain(titles("draft", "foreign-draft", "submitted", "review", "running", "reported", "agreed",
					"selected"))
			.contains("Du har ingen prøvehandlinger");
		assertThat(page("admin@stevns.demo", "/proevehandlinger/soeg?call=" + fixture.callId))
			.contains("Ingen prøvehandlinger passer til søgningen.").doesNotContain(fixture.tag + "</a>");
	}

	@Test
	void showsCopenhagenNoneOfStevnsTrialsOnEitherPage() throws Exception {
		for (String uri : List.of("/proevehandlinger", "/proevehandlinger/soeg", "/proevehandlinger/soeg?q=venskab",
				"/proevehandlinger/soeg?call=" + fixture.callId, "/proevehandlinger/soeg?sort=STATE")) {
			assertThat(page(COPENHAGEN_ADMINISTRATOR, uri)).as(uri)
				.doesNotContain(titles("draft", "foreign-draft", "submitted", "review", "running", "reported", "agreed",
						"selected"))
				.doesNotContain("Overbliksrunde " + fixture.tag, "Strandengens Skole", "Mette Holm");
		}
	}

	@Test
	void searchesWithFiltersAndAnswersHtmxWithTheResultsOnly() throws Exception {
		String body = page(TrialFixture.STAFF, "/proevehandlinger/soeg?q=venskaber&call=" + fixture.callId);
		assertThat(body).contains("<h1", "Én prøvehandling", fixture.title("draft"))
			.doesNotContain(fixture.title("submitted"));
		MvcTestResult fragment = mvc.get().uri("/proevehandlinger/soeg?q=co-teach&call=" + fixture.callId)
			.header("HX-Request", "true").with(demo.as(TrialFixture.STAFF)).exchange();
		assertThat(fragment).hasStatusOk().bodyText().contains(fixture.title("submitted")).doesNotContain("<html", "<h1");
		assertThat(page(TrialFixture.STAFF, "/proevehandlinger/soeg?q=findesikke" + fixture.tag))
			.contains("Ingen prøvehandlinger passer til søgningen.", "Prøv med færre filtre");
	}

	@Test
	void ignoresFilterValuesThatDoNotParse() throws Exception {
		assertThat(page(TrialFixture.COORDINATOR, "/proevehandlinger/soeg?state=FINDES_IKKE&call=x&page=-3&age=99"))
			.contains("Søg i prøvehandlinger");
	}

	@Test
	void linksEachPageOfTheResultsWithTheSameFilters() throws Exception {
		java.util.UUID call = fixture.callWithApplications(26);
		String body = page(TrialFixture.COORDINATOR, "/proevehandlinger/soeg?call=" + call + "&sort=TITLE");
		assertThat(body).contains("26 prøvehandlinger", "(viser 1–25 af 26)", "Side 1 af 2",
				"/proevehandlinger/soeg?call=" + call + "&amp;sort=TITLE&amp;page=2");
		assertThat(page(TrialFixture.COORDINATOR, "/proevehandlinger/soeg?call=" + call + "&sort=TITLE&page=2"))
			.contains("Ansøgning 26 " + fixture.tag, "Side 2 af 2", "Forrige side")
			.doesNotContain("Ansøgning 25 " + fixture.tag);
	}
}
