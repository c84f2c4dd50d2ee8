package dk.traedesten.measures.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dk.traedesten.TestNames;
import dk.traedesten.measures.Direction;
import dk.traedesten.measures.Indicator;
import dk.traedesten.measures.IndicatorKind;
import dk.traedesten.measures.Indicators;
import dk.traedesten.measures.MeasureSeries;
import dk.traedesten.measures.Period;
import dk.traedesten.measures.Series;
import dk.traedesten.measures.SeriesPoint;
import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.trials.TrialState;
import dk.traedesten.trials.TrialTeams;
import dk.traedesten.trials.followup.FollowUpFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signals told to the team end to end on the real database: the points are saved through
 * {@link MeasureSeries#replacePoints}, the change is committed, and the listener checks the series on its own
 * thread. The series is a c chart of a Stevns trial whose team is Mette Holm (participant) and the staff and
 * leaders of Strandengens Skole and PPR Stevns; its twelve baseline weeks (about 10 a week) freeze the limits
 * at 10 ± 3·√10 = 0.51 … 19.49.
 */
@SpringBootTest
class SignalNotificationTests {

	private static final double[] BASELINE = { 9, 11, 10, 12, 8, 10, 11, 9, 10, 12, 9, 11 };

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Indicators indicators;

	@Autowired
	MeasureSeries measureSeries;

	@Autowired
	TrialTeams teams;

	Series series;

	List<String> team;

	@BeforeEach
	void aTrialWithASeries() {
		UUID trial = new FollowUpFixture(jdbc).trial(TrialState.RUNNING, "Signaler " + TestNames.unique(),
				LocalDate.of(2030, 1, 7));
		series = TenantScope.asTenant(FollowUpFixture.STEVNS, "test", () -> {
			UUID indicator = indicators.add(new Indicator(null, FollowUpFixture.STEVNS, "Konflikter " + TestNames.unique(),
					"", IndicatorKind.COUNT, Direction.LOWER_IS_BETTER, "", null, null));
			UUID id = measureSeries.add(new Series(null, FollowUpFixture.STEVNS, indicators.find(indicator).orElseThrow(),
					trial, null, "4.A", Period.WEEK, 24, null), null);
			return measureSeries.find(id).orElseThrow();
		});
		team = TenantScope.asTenant(FollowUpFixture.STEVNS, "test",
				() -> teams.team(trial).stream().map(TrialTeams.Member::email).toList());
		assertThat(team).as("the fixture's trial has a team beyond its participant")
			.contains(FollowUpFixture.PARTICIPANT)
			.hasSizeGreaterThan(1)
			.doesNotContain(FollowUpFixture.OUTSIDER);
	}

	@Test
	void aPointOutsideTheLimitsIsToldOnceToEachOfTheTeam() {
		save(weeks(BASELINE));
		assertThat(notified()).as("a stable baseline is no signal").isEmpty();

		save(weeks(BASELINE, 30));
		assertThat(notified()).containsExactlyInAnyOrderElementsOf(team).doesNotContain(FollowUpFixture.OUTSIDER);
		assertThat(mailed()).containsExactlyInAnyOrderElementsOf(team).doesNotContain(FollowUpFixture.OUTSIDER);
		assertThat(keys()).containsOnly("measure-signals.sigma");

		save(weeks(BASELINE, 30));
		assertThat(notified()).as("the same data saved again tells nobody anew").hasSameSizeAs(team);
		assertThat(mailed()).hasSameSizeAs(team);
		assertThat(signals()).containsExactly("SIGMA " + week(12));
	}

	@Test
	void aRunsSignalIsToldOnceAndAVanishedSignalIsNotToldAgain() {
		save(weeks(BASELINE, 30));
		assertThat(notified()).hasSameSizeAs(team);

		// Nine weeks at 6, under the centre line of 10 but inside the limits: a run longer than the 7 allowed for
		// 22 useful points (round(log2(22) + 3)), which is a runs signal in the one part of the series.
		double[] low = { 6, 6, 6, 6, 6, 6, 6, 6, 6 };
		save(weeks(BASELINE, concat(new double[] { 30 }, low)));
		assertThat(keys()).containsExactlyInAnyOrder(repeat("measure-signals.sigma", "measure-signals.runs"));
		assertThat(mailed()).hasSize(2 * team.size());
		assertThat(signals()).containsExactlyInAnyOrder("SIGMA " + week(12), "RUNS " + week(0));

		// The outlier corrected away and then typed in again: both signals are known, nobody is told anything new.
		save(weeks(BASELINE, concat(new double[] { 10 }, low)));
		save(weeks(BASELINE, concat(new double[] { 30 }, low)));
		assertThat(notified()).hasSize(2 * team.size());
		assertThat(mailed()).hasSize(2 * team.size());
	}

	private void save(List<SeriesPoint> points) {
		TenantScope.asTenant(FollowUpFixture.STEVNS, "test",
				() -> {
					measureSeries.replacePoints(series, points, "Test: " + points.size() + " uger");
					return null;
				});
		// The listener runs after the commit on another thread; its event publication is complete when it is done.
		await().atMost(Duration.ofSeconds(30)).until(() -> TenantScope.asSystem("test", () -> jdbc.sql("""
				select count(*) from event_publication
				where completion_date is null and serialized_event like '%' || :series || '%'""")
			.param("series", series.id().toString())
			.query(Integer.class)
			.single()) == 0);
	}

	private List<String> notified() {
		return TenantScope.asSystem("test", () -> jdbc.sql("""
				select p.email from notification n join person p on p.id = n.person_id
				where n.link = :link""").param("link", "/maalinger/serier/" + series.id()).query(String.class).list());
	}

	private List<String> keys() {
		return TenantScope.asSystem("test", () -> jdbc.sql("select message_key from notification where link = :link")
			.param("link", "/maalinger/serier/" + series.id()).query(String.class).list());
	}

	private List<String> mailed() {
		return TenantScope.asSystem("test", () -> jdbc.sql("select recipient from mail_outbox where body like '%' || :id || '%'")
			.param("id", series.id().toString()).query(String.class).list());
	}

	private List<String> signals() {
		return TenantScope.asSystem("test", () -> jdbc.sql("select kind || ' ' || period_start from measure_signal where series_id = :id")
			.param("id", series.id()).query(String.class).list());
	}

	private String[] repeat(String... keys) {
		List<String> all = new ArrayList<>();
		for (String key : keys) {
			team.forEach(member -> all.add(key));
		}
		return all.toArray(String[]::new);
	}

	private static LocalDate week(int index) {
		return LocalDate.of(2029, 10, 1).plusWeeks(index);
	}

	private static List<SeriesPoint> weeks(double[] baseline, double... after) {
		List<SeriesPoint> points = new ArrayList<>();
		for (double value : baseline) {
			points.add(new SeriesPoint(week(points.size()), value, null, null, true, false));
		}
		for (double value : after) {
			points.add(new SeriesPoint(week(points.size()), value, null, null, false, false));
		}
		return points;
	}

	private static double[] concat(double[] first, double[] second) {
		double[] both = new double[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}
}
