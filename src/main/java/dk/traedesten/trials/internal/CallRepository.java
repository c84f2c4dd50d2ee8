package dk.traedesten.trials.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.trials.TrialCall;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Calls for applications; row-level security keeps every query inside the current municipality. */
@Repository
public class CallRepository {

	private static final String SELECT = """
			select id, municipality_code, strategy_id, title, announcement, opens_on, closes_on, target_count,
			       minimum_units from trial_call""";

	private final JdbcClient jdbc;

	CallRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<TrialCall> all() {
		return jdbc.sql(SELECT + " order by opens_on desc, title").query(TrialCall.class).list();
	}

	public Optional<TrialCall> find(UUID id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(TrialCall.class).optional();
	}

	public UUID create(int municipalityCode, TrialCall.Details details) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into trial_call (id, municipality_code, strategy_id, title, announcement, opens_on, closes_on,
				                        target_count, minimum_units)
				values (:id, :code, :strategy, :title, :announcement, :opens, :closes, :target, :minimum)""")
			.param("id", id)
			.param("code", municipalityCode)
			.params(parameters(details))
			.update();
		return id;
	}

	public boolean update(UUID id, TrialCall.Details details) {
		return jdbc.sql("""
				update trial_call set strategy_id = :strategy, title = :title, announcement = :announcement,
				       opens_on = :opens, closes_on = :closes, target_count = :target, minimum_units = :minimum
				where id = :id""").param("id", id).params(parameters(details)).update() == 1;
	}

	private static java.util.Map<String, Object> parameters(TrialCall.Details details) {
		return java.util.Map.of("strategy", details.strategyId(), "title", details.title().strip(), "announcement",
				details.announcement() == null ? "" : details.announcement().strip(), "opens", details.opensOn(),
				"closes", details.closesOn(), "target", details.targetCount(), "minimum", details.minimumUnits());
	}
}
