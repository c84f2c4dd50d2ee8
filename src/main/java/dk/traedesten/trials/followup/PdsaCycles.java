package dk.traedesten.trials.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.trials.PdsaAct;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A trial's PDSA cycles, numbered from 1; "next cycle" starts cycle n + 1 linked to cycle n. */
@Service
public class PdsaCycles {

	private static final String COLUMNS = """
			id, number, objective, prediction, who, what, when_text, where_text, data_plan, done, study,
			act_decision, act, previous_cycle_id, element_ids""";

	private final JdbcClient jdbc;

	PdsaCycles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<PdsaCycle> of(UUID trialId) {
		return jdbc.sql("select " + COLUMNS + " from pdsa_cycle where trial_id = :trial order by number")
			.param("trial", trialId)
			.query(PdsaCycles::cycle)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<PdsaCycle> find(UUID trialId, UUID cycleId) {
		return jdbc.sql("select " + COLUMNS + " from pdsa_cycle where trial_id = :trial and id = :id")
			.param("trial", trialId)
			.param("id", cycleId)
			.query(PdsaCycles::cycle)
			.optional();
	}

	/** Adds the cycle as the trial's next number, after the one it follows if any; returns its id. */
	@Transactional
	public UUID add(FollowUpTrial trial, PdsaCycle cycle, UUID previousCycleId) {
		FreeTextRules.requireNoCpr(cycle.texts());
		UUID id = UUID.randomUUID();
		int number = jdbc.sql("select coalesce(max(number), 0) + 1 from pdsa_cycle where trial_id = :trial")
			.param("trial", trial.id())
			.query(Integer.class)
			.single();
		jdbc.sql("insert into pdsa_cycle (id, municipality_code, trial_id, number, objective, previous_cycle_id)"
				+ " values (:id, :code, :trial, :number, '', :previous)")
			.param("id", id)
			.param("code", trial.municipalityCode())
			.param("trial", trial.id())
			.param("number", number)
			.param("previous", previousCycleId)
			.update();
		write(id, cycle);
		return id;
	}

	@Transactional
	public void update(UUID trialId, UUID cycleId, PdsaCycle cycle) {
		FreeTextRules.requireNoCpr(cycle.texts());
		find(trialId, cycleId).orElseThrow();
		write(cycleId, cycle);
	}

	private void write(UUID id, PdsaCycle cycle) {
		jdbc.sql("""
				update pdsa_cycle set objective = :objective, prediction = :prediction, who = :who, what = :what,
				    when_text = :when, where_text = :where, data_plan = :data, done = :done, study = :study,
				    act_decision = :decision, act = :act, element_ids = :elements, updated_at = now()
				where id = :id""")
			.param("objective", strip(cycle.objective()))
			.param("prediction", strip(cycle.prediction()))
			.param("who", strip(cycle.who()))
			.param("what", strip(cycle.what()))
			.param("when", strip(cycle.when()))
			.param("where", strip(cycle.where()))
			.param("data", strip(cycle.dataPlan()))
			.param("done", strip(cycle.done()))
			.param("study", strip(cycle.study()))
			.param("decision", cycle.actDecision() == null ? null : cycle.actDecision().name())
			.param("act", strip(cycle.act()))
			.param("elements", cycle.elementIds().toArray(UUID[]::new))
			.param("id", id)
			.update();
	}

	static PdsaCycle cycle(ResultSet rs, int row) throws SQLException {
		String decision = rs.getString("act_decision");
		return new PdsaCycle(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getString("objective"),
				rs.getString("prediction"), rs.getString("who"), rs.getString("what"), rs.getString("when_text"),
				rs.getString("where_text"), rs.getString("data_plan"), rs.getString("done"), rs.getString("study"),
				decision == null ? null : PdsaAct.valueOf(decision), rs.getString("act"),
				rs.getObject("previous_cycle_id", UUID.class), uuids(rs, "element_ids"));
	}

	static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
		java.sql.Array array = rs.getArray(column);
		return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}
}
