package dk.traedesten.strategy.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.strategy.CommunicationItem;
import dk.traedesten.strategy.CyclePhase;
import dk.traedesten.strategy.ElementKind;
import dk.traedesten.strategy.Milestone;
import dk.traedesten.strategy.OnboardingItem;
import dk.traedesten.strategy.StrategyDocument;
import dk.traedesten.strategy.ModelElement;
import dk.traedesten.strategy.StrategySummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads strategies and their models; row-level security limits every query to the current tenant. */
@Repository
public class StrategyReader {

	private static final String SUMMARY = """
			select id, municipality_code, title, model_name, approved_on from strategy""";

	private final JdbcClient jdbc;

	StrategyReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<StrategySummary> summaries() {
		return jdbc.sql(SUMMARY + " order by approved_on desc nulls last, title").query(StrategySummary.class).list();
	}

	public Optional<StrategySummary> summary(UUID id) {
		return jdbc.sql(SUMMARY + " where id = :id").param("id", id).query(StrategySummary.class).optional();
	}

	/** The newest approved strategy: the one the municipality works by. */
	public Optional<StrategySummary> current() {
		return jdbc.sql(SUMMARY + " where approved_on is not null order by approved_on desc, title limit 1")
			.query(StrategySummary.class).optional();
	}

	public Optional<StrategyDocument> document(UUID id) {
		return summary(id).map(summary -> {
			record Texts(String vision, String goals) {
			}
			Texts texts = jdbc.sql("select vision, goals from strategy where id = :id").param("id", id)
				.query(Texts.class).single();
			return new StrategyDocument(summary, texts.vision(), texts.goals(), elements(id), milestones(id),
					phases(id), communication(id), onboarding(id));
		});
	}

	public List<Milestone> milestones(UUID strategyId) {
		return list("select id, position, period, starts_on, ends_on, description from strategy_milestone", strategyId,
				Milestone.class);
	}

	public List<CyclePhase> phases(UUID strategyId) {
		return list("select id, position, name, description, months from annual_cycle_phase", strategyId,
				CyclePhase.class);
	}

	public List<CommunicationItem> communication(UUID strategyId) {
		return list("select id, position, audience, message, channel, timing, owner from communication_item",
				strategyId, CommunicationItem.class);
	}

	public List<OnboardingItem> onboarding(UUID strategyId) {
		return list("select id, position, text, responsible from onboarding_item", strategyId, OnboardingItem.class);
	}

	private <T> List<T> list(String select, UUID strategyId, Class<T> type) {
		return jdbc.sql(select + " where strategy_id = :strategy order by position, id").param("strategy", strategyId)
			.query(type).list();
	}

	public List<ModelElement> elements(UUID strategyId) {
		record Row(UUID id, UUID strategyId, int position, String kind, String name, String description, String point) {
		}
		List<Row> rows = jdbc.sql("""
				select e.id, e.strategy_id, e.position, e.kind, e.name, e.description, g.text as point
				from strategy_element e left join guiding_point g on g.element_id = e.id
				where e.strategy_id = :strategy
				order by e.position, e.id, g.position""")
			.param("strategy", strategyId)
			.query(Row.class)
			.list();
		Map<UUID, List<String>> points = new LinkedHashMap<>();
		Map<UUID, Row> elements = new LinkedHashMap<>();
		for (Row row : rows) {
			elements.putIfAbsent(row.id(), row);
			List<String> list = points.computeIfAbsent(row.id(), id -> new ArrayList<>());
			if (row.point() != null) {
				list.add(row.point());
			}
		}
		return elements.values()
			.stream()
			.map(row -> new ModelElement(row.id(), row.strategyId(), row.position(), ElementKind.valueOf(row.kind()),
					row.name(), row.description(), points.get(row.id())))
			.toList();
	}
}
