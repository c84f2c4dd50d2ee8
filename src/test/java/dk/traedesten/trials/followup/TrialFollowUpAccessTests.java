package dk.traedesten.trials.followup;

import static dk.traedesten.trials.followup.FollowUpFixture.ADMINISTRATOR;
import static dk.traedesten.trials.followup.FollowUpFixture.COMMITTEE;
import static dk.traedesten.trials.followup.FollowUpFixture.COORDINATOR;
import static dk.traedesten.trials.followup.FollowUpFixture.FOREIGN_ADMINISTRATOR;
import static dk.traedesten.trials.followup.FollowUpFixture.OUTSIDER;
import static dk.traedesten.trials.followup.FollowUpFixture.PARTICIPANT;
import static dk.traedesten.trials.followup.FollowUpFixture.UNIT_LEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import dk.traedesten.TestNames;
import dk.traedesten.security.DemoData;
import dk.traedesten.trials.TrialState;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every follow-up endpoint for every kind of person, on a fresh fixture trial in the state the endpoint needs.
 * Participants and the trial's unit leader work on it; the coordinator makes the agreement and closes; the
 * committee member reads; a leader of another unit, the administrator and København's administrator get 404 as if
 * the trial did not exist; the platform administrator, outside any municipality, is refused at the door (403).
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrialFollowUpAccessTests {

	static final List<String> PEOPLE = List.of(PARTICIPANT, UNIT_LEADER, COORDINATOR, COMMITTEE, OUTSIDER,
			ADMINISTRATOR, FOREIGN_ADMINISTRATOR, "platform@traedesten.demo");

	record Row(HttpMethod method, String path, TrialState state, Map<String, String> form, List<Integer> statuses) {
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	/** Statuses in the order of {@link #PEOPLE}. */
	static List<Integer> read() {
		return List.of(200, 200, 200, 200, 404, 404, 404, 403);
	}

	static List<Integer> work() {
		return List.of(302, 302, 403, 403, 404, 404, 404, 403);
	}

	static List<Integer> coordinate() {
		return List.of(403, 403, 302, 403, 404, 404, 404, 403);
	}

	static List<Row> rows() {
		Map<String, String> none = Map.of();
		Map<String, String> agreement = Map.of("startsOn", "2026-08-01", "plan[0].what", "Trivsel", "plan[0].how",
				"Måling", "plan[0].timing", "Månedligt", "plan[0].responsible", "Lærer");
		List<Row> rows = new ArrayList<>();
		rows.add(new Row(HttpMethod.GET, "/aftale", TrialState.SELECTED, none, read()));
		rows.add(new Row(HttpMethod.POST, "/aftale", TrialState.SELECTED, agreement, coordinate()));
		rows.add(new Row(HttpMethod.POST, "/aftale/start", TrialState.AGREEMENT_MADE, none,
				List.of(302, 302, 302, 403, 404, 404, 404, 403)));
		rows.add(new Row(HttpMethod.GET, "/pdsa", TrialState.RUNNING, none, read()));
		rows.add(new Row(HttpMethod.POST, "/pdsa", TrialState.RUNNING, Map.of("objective", "Leg på tværs"), work()));
		rows.add(new Row(HttpMethod.GET, "/pdsa/{cycle}", TrialState.RUNNING, none, read()));
		rows.add(new Row(HttpMethod.POST, "/pdsa/{cycle}", TrialState.RUNNING, Map.of("objective", "Leg"), work()));
		rows.add(new Row(HttpMethod.POST, "/pdsa/{cycle}/naeste", TrialState.RUNNING, none, work()));
		rows.add(new Row(HttpMethod.GET, "/noter", TrialState.RUNNING, none, read()));
		rows.add(new Row(HttpMethod.POST, "/noter", TrialState.RUNNING,
				Map.of("kind", "NOTE", "text", "God dag i klubben", "notedOn", "2026-09-01"), work()));
		rows.add(new Row(HttpMethod.GET, "/status", TrialState.RUNNING, none, read()));
		rows.add(new Row(HttpMethod.POST, "/status", TrialState.RUNNING, Map.of("summary", "Kladde"), work()));
		rows.add(new Row(HttpMethod.GET, "/status.pdf", TrialState.RUNNING, none, read()));
		rows.add(new Row(HttpMethod.GET, "/evaluering", TrialState.STATUS_REPORTED, none, read()));
		rows.add(new Row(HttpMethod.POST, "/evaluering", TrialState.STATUS_REPORTED, Map.of("summary", "Kladde"), work()));
		rows.add(new Row(HttpMethod.GET, "/evaluering.pdf", TrialState.STATUS_REPORTED, none, read()));
		rows.add(new Row(HttpMethod.POST, "/evaluering/afslut", TrialState.EVALUATED, Map.of("decision", "STOP"),
				coordinate()));
		return rows;
	}

	@TestFactory
	Stream<DynamicTest> eachEndpointAnswersEachPersonAsTheirPartInTheTrialAllows() {
		DemoData demo = new DemoData(jdbc, accounts);
		FollowUpFixture fixture = new FollowUpFixture(jdbc);
		return rows().stream().flatMap(row -> {
			Map<String, Integer> expected = new LinkedHashMap<>();
			for (int i = 0; i < PEOPLE.size(); i++) {
				expected.put(PEOPLE.get(i), row.statuses().get(i));
			}
			return expected.entrySet().stream().map(entry -> DynamicTest
				.dynamicTest(row.method() + " " + row.path() + " (" + row.state() + ") as " + entry.getKey(), () -> {
					UUID trial = row.state() == TrialState.RUNNING ? fixture.runningTrial("Adgang " + TestNames.unique())
							: fixture.trial(row.state());
					String uri = "/proevehandlinger/" + trial
							+ row.path().replace("{cycle}", row.path().contains("{cycle}") ? fixture.firstCycle(trial).toString() : "");
					MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(row.method(), uri)
						.with(demo.as(entry.getKey()));
					if (row.method() == HttpMethod.POST) {
						request.with(csrf());
					}
					row.form().forEach(request::param);
					assertThat(mvc.perform(request)).hasStatus(entry.getValue());
				}));
		});
	}
}
