package dk.traedesten.trials.overview;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.platform.tenancy.TenantScope;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Trials for the overview tests until the demo data has its own: a Stevns strategy and open call with trials in
 * many states, units, participants, measures, agreements and a report, and one København trial that Stevns must
 * never see. Written straight to the database as the system; titles carry a tag, so the fixture finds its own rows
 * and {@link #close()} removes exactly them.
 */
public final class TrialFixture implements AutoCloseable {

	static final String STAFF = "medarbejder@stevns.demo";

	static final String LEADER = "leder@stevns.demo";

	static final String DAYCARE_LEADER = "leder.dagtilbud@stevns.demo";

	static final String PSYCHOLOGIST = "psykolog@stevns.demo";

	static final String COORDINATOR = "koordinator@stevns.demo";

	static final String COMMITTEE = "udvalg@stevns.demo";

	final String tag = UUID.randomUUID().toString().substring(0, 8);

	final LocalDate today;

	public final UUID callId = UUID.randomUUID();

	final UUID foreignCallId = UUID.randomUUID();

	/** The Stevns trials by a short key (draft, foreign-draft, submitted, review, running, reported, agreed, selected). */
	final Map<String, UUID> trials = new LinkedHashMap<>();

	UUID foreignTrial;

	private final JdbcClient jdbc;

	private final UUID strategyId = UUID.randomUUID();

	private final UUID foreignStrategyId = UUID.randomUUID();

	private final List<UUID> extraCalls = new java.util.ArrayList<>();

	private TrialFixture(JdbcClient jdbc, LocalDate today) {
		this.jdbc = jdbc;
		this.today = today;
	}

	public static TrialFixture create(JdbcClient jdbc, LocalDate today) {
		TrialFixture fixture = new TrialFixture(jdbc, today);
		TenantScope.asSystem("test", fixture::insert);
		return fixture;
	}

	String title(String key) {
		return switch (key) {
			case "draft" -> "Bænke i frikvarteret " + tag;
			case "foreign-draft" -> "Kladde fra PPR " + tag;
			case "submitted" -> "Co-teaching i indskolingen " + tag;
			case "review" -> "Nærvær mod fravær " + tag;
			case "running" -> "Klubben i skolen " + tag;
			case "reported" -> "Legegrupper i børnehaven " + tag;
			case "agreed" -> "Aftalt overgang " + tag;
			case "selected" -> "Udvalgt læsemakker " + tag;
			case "copenhagen" -> "Københavnsk prøvehandling " + tag;
			default -> throw new IllegalArgumentException(key);
		};
	}

	private void insert() {
		jdbc.sql("insert into strategy (id, municipality_code, title) values (:id, 336, :title)")
			.param("id", strategyId).param("title", "Overblikstest " + tag).update();
		jdbc.sql("""
				insert into strategy_element (id, municipality_code, strategy_id, position, kind, name)
				values (:id, 336, :strategy, 1, 'CENTRE', 'Prøvehandlinger og øvebaner')""")
			.param("id", UUID.randomUUID()).param("strategy", strategyId).update();
		call(callId, 336, strategyId, "Overbliksrunde " + tag);
		trial("draft", "DRAFT", STAFF, "Hvert barn skal have mindst ét venskab i klassen.", "Børn er alene i frikvarteret.",
				6, 9, "{SCHOOL}", "FRIENDSHIPS");
		unit("draft", "Strandengens Skole", true, false, false);
		unit("draft", "PPR Stevns", false, false, false);
		trial("foreign-draft", "DRAFT", PSYCHOLOGIST, "Observationer i klassen.", "", 6, 12, "{SCHOOL}", "OTHER");
		unit("foreign-draft", "Kalkbakkens Skole", true, false, false);
		unit("foreign-draft", "PPR Stevns", false, true, false);
		trial("submitted", "SUBMITTED", STAFF, "To voksne i klassen: co-teaching i hele skoledagen.",
				"For mange børn hentes ud af klassen.", 3, 9, "{SCHOOL,DAYCARE}", "WELL_BEING");
		unit("submitted", "Strandengens Skole", true, false, false);
		unit("submitted", "Børnehuset Mågereden", false, true, false);
		trial("review", "IN_REVIEW", PSYCHOLOGIST, "Morgenmøder med elever med højt fravær.",
				"Højt fravær i udskolingen.", 13, 16, "{SCHOOL}", "ABSENCE");
		unit("review", "Kalkbakkens Skole", true, true, true);
		unit("review", "PPR Stevns", false, true, true);
		trial("running", "RUNNING", STAFF, "Klubben flytter ind i skolen om eftermiddagen.", "", 10, 12,
				"{SCHOOL,LEISURE_CLUB}", "ACADEMIC");
		unit("running", "Strandengens Skole", true, true, true);
		unit("running", "Klub Klinten", false, true, true);
		participant("running", PSYCHOLOGIST);
		agreement("running", -120, -110, -5, 200);
		trial("reported", "STATUS_REPORTED", PSYCHOLOGIST, "Faste legegrupper.", "", 3, 5, "{DAYCARE}", "FRIENDSHIPS");
		unit("reported", "Kalkbakkens Skole", true, true, true);
		unit("reported", "PPR Stevns", false, true, true);
		agreement("reported", -200, -190, -30, 10);
		jdbc.sql("""
				insert into trial_report (id, municipality_code, trial_id, kind, summary, submitted_at)
				values (:id, 336, :trial, 'STATUS', 'Godt i gang.', now())""")
			.param("id", UUID.randomUUID()).param("trial", trials.get("reported")).update();
		trial("agreed", "AGREEMENT_MADE", PSYCHOLOGIST, "Overgang fra børnehave til skole.", "", 5, 6, "{DAYCARE,SCHOOL}",
				"WELL_BEING");
		unit("agreed", "Kalkbakkens Skole", true, true, true);
		unit("agreed", "Børnehuset Mågereden", false, true, true);
		agreement("agreed", 20, 14, 200, 300);
		trial("selected", "SELECTED", PSYCHOLOGIST, "Læsemakkere på tværs af årgange.", "", 6, 12, "{SCHOOL}",
				"ACADEMIC");
		unit("selected", "Kalkbakkens Skole", true, true, true);
		unit("selected", "PPR Stevns", false, true, true);

		jdbc.sql("insert into strategy (id, municipality_code, title) values (:id, 101, :title)")
			.param("id", foreignStrategyId).param("title", "Overblikstest " + tag).update();
		call(foreignCallId, 101, foreignStrategyId, "Københavnsk runde " + tag);
		foreignTrial = UUID.randomUUID();
		jdbc.sql("""
				insert into trial (id, municipality_code, call_id, state, title, intervention, created_by)
				values (:id, 101, :call, 'SUBMITTED', :title, 'co-teaching og venskaber', :person)""")
			.param("id", foreignTrial).param("call", foreignCallId).param("title", title("copenhagen"))
			.param("person", person("leder@kk.demo")).update();
	}

	private void call(UUID id, int code, UUID strategy, String title) {
		jdbc.sql("""
				insert into trial_call (id, municipality_code, strategy_id, title, opens_on, closes_on, target_count)
				values (:id, :code, :strategy, :title, :opens, :closes, 5)""")
			.param("id", id).param("code", code).param("strategy", strategy).param("title", title)
			.param("opens", today.minusDays(30)).param("closes", today.plusDays(30)).update();
	}

	private void trial(String key, String state, String creator, String intervention, String problem, int ageFrom,
			int ageTo, String kinds, String outcome) {
		UUID id = UUID.randomUUID();
		trials.put(key, id);
		jdbc.sql("""
				insert into trial (id, municipality_code, call_id, state, title, intervention, problem, aim,
				                   age_from, age_to, unit_kinds, created_by, updated_at)
				values (:id, 336, :call, :state, :title, :intervention, :problem, 'Flere børn i fællesskabet.',
				        :ageFrom, :ageTo, cast(:kinds as text[]), :creator, now() - make_interval(mins => :age))""")
			.param("id", id).param("call", callId).param("state", state).param("title", title(key))
			.param("intervention", intervention).param("problem", problem).param("ageFrom", ageFrom)
			.param("ageTo", ageTo).param("kinds", kinds).param("creator", person(creator))
			.param("age", trials.size()).update();
		jdbc.sql("""
				insert into trial_measure (id, municipality_code, trial_id, position, name, outcome)
				values (:id, 336, :trial, 1, 'Måling', :outcome)""")
			.param("id", UUID.randomUUID()).param("trial", id).param("outcome", outcome).update();
	}

	private void unit(String key, String unitName, boolean lead, boolean confirmed, boolean approved) {
		jdbc.sql("""
				insert into trial_unit (id, municipality_code, trial_id, unit_id, lead, confirmed_at, approved_at)
				values (:id, 336, :trial, (select id from unit where name = :unit), :lead,
				        case when :confirmed then now() end, case when :approved then now() end)""")
			.param("id", UUID.randomUUID()).param("trial", trials.get(key)).param("unit", unitName)
			.param("lead", lead).param("confirmed", confirmed || lead).param("approved", approved).update();
	}

	private void participant(String key, String email) {
		jdbc.sql("""
				insert into trial_participant (id, municipality_code, trial_id, person_id, role)
				values (:id, 336, :trial, :person, 'Deltager')""")
			.param("id", UUID.randomUUID()).param("trial", trials.get(key)).param("person", person(email)).update();
	}

	private void agreement(String key, int starts, int baseline, int status, int evaluation) {
		jdbc.sql("""
				insert into trial_agreement (trial_id, municipality_code, starts_on, baseline_on, status_due_on,
				                             evaluation_due_on)
				values (:trial, 336, :starts, :baseline, :status, :evaluation)""")
			.param("trial", trials.get(key)).param("starts", today.plusDays(starts))
			.param("baseline", today.plusDays(baseline)).param("status", today.plusDays(status))
			.param("evaluation", today.plusDays(evaluation)).update();
	}

	/** A call of its own with {@code count} submitted applications by the staff member, for paging. */
	public UUID callWithApplications(int count) {
		UUID id = UUID.randomUUID();
		extraCalls.add(id);
		TenantScope.asSystem("test", () -> {
			call(id, 336, strategyId, "Sideinddelingsrunde " + extraCalls.size() + " " + tag);
			jdbc.sql("""
					insert into trial (id, municipality_code, call_id, state, title, created_by)
					select gen_random_uuid(), 336, :call, 'SUBMITTED', 'Ansøgning ' || lpad(n::text, 2, '0') || ' ' || :tag,
					       :creator
					from generate_series(1, :count) as n""")
				.param("call", id).param("tag", tag).param("creator", person(STAFF)).param("count", count).update();
		});
		return id;
	}

	UUID unit(String name) {
		return TenantScope.asSystem("test",
				() -> jdbc.sql("select id from unit where name = :name").param("name", name).query(UUID.class).single());
	}

	UUID person(String email) {
		return TenantScope.asSystem("test",
				() -> jdbc.sql("select id from person where email = :email").param("email", email).query(UUID.class)
					.single());
	}

	/** Every person of Stevns and København who can sign in, by address. */
	List<String> people() {
		return TenantScope.asSystem("test", () -> jdbc.sql("""
				select a.email from account a where a.municipality_code in (336, 101) order by a.email""")
			.query(String.class)
			.list());
	}

	@Override
	public void close() {
		List<UUID> calls = new java.util.ArrayList<>(extraCalls);
		calls.add(callId);
		calls.add(foreignCallId);
		TenantScope.asSystem("test", () -> {
			jdbc.sql("delete from trial where call_id in (:calls)").param("calls", calls).update();
			jdbc.sql("delete from trial_call where id in (:calls)").param("calls", calls).update();
			jdbc.sql("delete from strategy_element where strategy_id = :id").param("id", strategyId).update();
			jdbc.sql("delete from strategy where id in (:ids)").param("ids", List.of(strategyId, foreignStrategyId))
				.update();
		});
	}
}
