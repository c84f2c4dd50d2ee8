package dk.traedesten.trials.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.traedesten.TestNames;
import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.trials.TrialState;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stevns trials in a chosen state for the follow-up tests, written straight to the tables: a strategy with the
 * kvintet model's five elements, a call, and a trial of Strandengens Skole and PPR Stevns with Mette Holm
 * (medarbejder@) as participant, written by Ahmad Rahimi (psykolog@). The application side seeds real trials in
 * the demo data; this keeps the follow-up tests independent of it.
 */
public final class FollowUpFixture {

	public static final int STEVNS = 336;

	public static final String PARTICIPANT = "medarbejder@stevns.demo";

	public static final String UNIT_LEADER = "leder@stevns.demo";

	public static final String COORDINATOR = "koordinator@stevns.demo";

	public static final String COMMITTEE = "udvalg@stevns.demo";

	/** A Stevns user with no tie to the trial. */
	public static final String OUTSIDER = "leder.dagtilbud@stevns.demo";

	public static final String ADMINISTRATOR = "admin@stevns.demo";

	public static final String FOREIGN_ADMINISTRATOR = "admin@kk.demo";

	static final List<String> ELEMENTS = List.of("Vi arbejder fællesskabende", "Pædagogiske og didaktiske metoder",
			"Ressourcer følger børnefællesskabet", "Aldrig alene – altid kompetent", "Prøvehandlinger og øvebaner");

	private final JdbcClient jdbc;

	public FollowUpFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new trial in the state; from AGREEMENT_MADE on with an agreement that started on {@code startsOn}. */
	public UUID trial(TrialState state, String title, LocalDate startsOn) {
		return TenantScope.asSystem("test", () -> {
			UUID call = call();
			UUID id = UUID.randomUUID();
			UUID author = person("psykolog@stevns.demo");
			jdbc.sql("""
					insert into trial (id, municipality_code, call_id, state, title, intervention, created_by)
					values (:id, 336, :call, :state, :title, 'Fælles frikvarterer på tværs af klasser', :author)""")
				.param("id", id).param("call", call).param("state", state.name()).param("title", title)
				.param("author", author).update();
			unit(id, "Strandengens Skole", true);
			unit(id, "PPR Stevns", false);
			jdbc.sql("insert into trial_participant (id, municipality_code, trial_id, person_id, role) values (:id, 336, :trial, :person, 'PARTICIPANT')")
				.param("id", UUID.randomUUID()).param("trial", id).param("person", person(PARTICIPANT)).update();
			if (state.ordinal() >= TrialState.AGREEMENT_MADE.ordinal()) {
				jdbc.sql("""
						insert into trial_agreement (trial_id, municipality_code, starts_on, baseline_on, status_due_on, evaluation_due_on)
						values (:trial, 336, :start, :start, :status, :evaluation)""")
					.param("trial", id).param("start", startsOn).param("status", startsOn.plusMonths(6))
					.param("evaluation", startsOn.plusMonths(10)).update();
			}
			return id;
		});
	}

	public UUID trial(TrialState state) {
		return trial(state, "Opfølgningstest " + TestNames.unique(), LocalDate.now().minusMonths(2));
	}

	/** A running trial with this title and one PDSA cycle, made once and found again by its title. */
	public UUID runningTrial(String title) {
		return existing(title).orElseGet(() -> {
			UUID id = trial(TrialState.RUNNING, title, LocalDate.now().minusMonths(2));
			TenantScope.asSystem("test", () -> jdbc.sql("""
					insert into pdsa_cycle (id, municipality_code, trial_id, number, objective)
					values (:id, 336, :trial, 1, 'Fælles frikvarter hver tirsdag')""")
				.param("id", UUID.randomUUID()).param("trial", id).update());
			return id;
		});
	}

	/** An evaluated trial with this title, made once and found again by its title. */
	public UUID evaluatedTrial(String title) {
		return existing(title).orElseGet(() -> trial(TrialState.EVALUATED, title, LocalDate.now().minusMonths(11)));
	}

	public UUID firstCycle(UUID trialId) {
		return TenantScope.asSystem("test", () -> jdbc.sql("select id from pdsa_cycle where trial_id = :trial order by number limit 1")
			.param("trial", trialId).query(UUID.class).single());
	}

	private java.util.Optional<UUID> existing(String title) {
		return TenantScope.asSystem("test", () -> jdbc.sql("select id from trial where municipality_code = 336 and title = :title")
			.param("title", title).query(UUID.class).optional());
	}

	public String state(UUID trialId) {
		return TenantScope.asSystem("test", () -> jdbc.sql("select state from trial where id = :id")
			.param("id", trialId).query(String.class).single());
	}

	public int count(String table, UUID trialId) {
		return TenantScope.asSystem("test", () -> jdbc.sql("select count(*) from " + table + " where trial_id = :id")
			.param("id", trialId).query(Integer.class).single());
	}

	public UUID strategy() {
		return TenantScope.asSystem("test", this::strategyRow);
	}

	private UUID strategyRow() {
		return jdbc.sql("select id from strategy where municipality_code = 336 and title = 'Opfølgningstestens strategi'")
			.query(UUID.class).optional().orElseGet(() -> {
				UUID id = UUID.randomUUID();
				jdbc.sql("insert into strategy (id, municipality_code, title) values (:id, 336, 'Opfølgningstestens strategi')")
					.param("id", id).update();
				for (int i = 0; i < ELEMENTS.size(); i++) {
					jdbc.sql("insert into strategy_element (id, municipality_code, strategy_id, position, kind, name) values (:id, 336, :strategy, :position, :kind, :name)")
						.param("id", UUID.randomUUID()).param("strategy", id).param("position", i + 1)
						.param("kind", i < 4 ? "BEARING" : "CENTRE").param("name", ELEMENTS.get(i)).update();
				}
				return id;
			});
	}

	private UUID call() {
		UUID strategy = strategyRow();
		return jdbc.sql("select id from trial_call where municipality_code = 336 and title = 'Opfølgningstestens runde'")
			.query(UUID.class).optional().orElseGet(() -> {
				UUID id = UUID.randomUUID();
				jdbc.sql("""
						insert into trial_call (id, municipality_code, strategy_id, title, opens_on, closes_on)
						values (:id, 336, :strategy, 'Opfølgningstestens runde', date '2025-08-01', date '2025-10-01')""")
					.param("id", id).param("strategy", strategy).update();
				return id;
			});
	}

	private void unit(UUID trial, String name, boolean lead) {
		jdbc.sql("""
				insert into trial_unit (id, municipality_code, trial_id, unit_id, lead)
				values (:id, 336, :trial, (select id from unit where municipality_code = 336 and name = :name), :lead)""")
			.param("id", UUID.randomUUID()).param("trial", trial).param("name", name).param("lead", lead).update();
	}

	private UUID person(String email) {
		return jdbc.sql("select id from person where email = :email").param("email", email).query(UUID.class).single();
	}
}
