package dk.traedesten.trials.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.traedesten.TestNames;
import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.trials.TrialFollowUp;
import dk.traedesten.trials.TrialState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo follow-up takes selected trials through every later state with content, through the module's own services. */
@SpringBootTest
class DemoFollowUpTests {

	@Autowired
	TrialFollowUp followUp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void sixteenSelectedTrialsAreSpreadOverEveryStateOfTheFollowUp() {
		FollowUpFixture fixture = new FollowUpFixture(jdbc);
		List<UUID> trials = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			trials.add(fixture.trial(TrialState.SELECTED, "Demo " + i + " " + TestNames.unique(), LocalDate.now()));
		}
		assertThat(TenantScope.asSystem("test", () -> followUp.selectedTrials(336, "Opfølgningstestens runde")))
			.containsAll(trials);
		TenantScope.asSystem("test", () -> transaction.executeWithoutResult(
				status -> followUp.followUpForDemo(trials, LocalDate.now())));
		Map<String, Long> states = trials.stream().map(fixture::state)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(states).containsExactlyInAnyOrderEntriesOf(Map.of("SELECTED", 2L, "AGREEMENT_MADE", 2L,
				"RUNNING", 4L, "STATUS_REPORTED", 3L, "EVALUATED", 2L, "CLOSED", 3L));
		List<String> decisions = TenantScope.asSystem("test", () -> jdbc
			.sql("select decision from trial where id in (:ids) and decision is not null order by decision")
			.param("ids", trials).query(String.class).list());
		assertThat(decisions).containsExactly("ADAPT_AND_RETEST", "SPREAD", "STOP");
		UUID running = trials.get(4);
		assertThat(fixture.count("pdsa_cycle", running)).isBetween(1, 3);
		assertThat(fixture.count("trial_note", running)).isEqualTo(3);
		UUID overdue = trials.get(7);
		LocalDate statusDue = TenantScope.asSystem("test", () -> jdbc
			.sql("select status_due_on from trial_agreement where trial_id = :id").param("id", overdue)
			.query(LocalDate.class).single());
		assertThat(statusDue).as("one running trial has its status overdue").isBefore(LocalDate.now());
	}

	@Test
	void fewerTrialsAreSpreadOverTheSameStages() {
		assertThat(DemoFollowUpStories.stage(0, 4)).isEqualTo(DemoFollowUpStories.Stage.SELECTED);
		assertThat(List.of(DemoFollowUpStories.stage(1, 4), DemoFollowUpStories.stage(2, 4), DemoFollowUpStories.stage(3, 4)))
			.containsExactly(DemoFollowUpStories.Stage.RUNNING, DemoFollowUpStories.Stage.REPORTED,
					DemoFollowUpStories.Stage.EVALUATED);
		assertThat(DemoFollowUpStories.stage(17, 18)).isEqualTo(DemoFollowUpStories.Stage.SELECTED);
	}
}
