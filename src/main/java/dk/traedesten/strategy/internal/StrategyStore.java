package dk.traedesten.strategy.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.strategy.CommunicationItem;
import dk.traedesten.strategy.CyclePhase;
import dk.traedesten.strategy.ElementDraft;
import dk.traedesten.strategy.Milestone;
import dk.traedesten.strategy.OnboardingItem;
import dk.traedesten.strategy.StrategyBasics;
import dk.traedesten.strategy.StrategyPart;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes strategies and their lists. Every item is inserted with its strategy's municipality, read from the
 * strategy row itself, so a strategy hidden by row-level security cannot be written to: the insert finds no row.
 */
@Repository
public class StrategyStore {

	private final JdbcClient jdbc;

	StrategyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID insertStrategy(int municipalityCode, StrategyBasics basics) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into strategy (id, municipality_code, title, approved_on, vision, goals, model_name)
				values (:id, :code, :title, :approvedOn, :vision, :goals, :modelName)""")
			.param("id", id).param("code", municipalityCode).params(basics(basics)).update();
		return id;
	}

	public boolean updateStrategy(UUID id, StrategyBasics basics) {
		return jdbc.sql("""
				update strategy set title = :title, approved_on = :approvedOn, vision = :vision, goals = :goals,
				    model_name = :modelName where id = :id""")
			.param("id", id).params(basics(basics)).update() == 1;
	}

	/** Locks the strategy for a change of its model, so two coordinators cannot break its rules together. */
	public Optional<Integer> lock(UUID strategyId) {
		return jdbc.sql("select municipality_code from strategy where id = :id for update")
			.param("id", strategyId).query(Integer.class).optional();
	}

	/** Titles are unique within a municipality, whatever their case. */
	public boolean titleTaken(int municipalityCode, String title, UUID except) {
		return jdbc.sql("""
				select exists (select 1 from strategy where municipality_code = :code and lower(title) = lower(:title)
				    and id <> :except)""")
			.param("code", municipalityCode).param("title", title).param("except", except == null ? new UUID(0, 0) : except)
			.query(Boolean.class).single();
	}

	public Optional<UUID> insertElement(UUID strategyId, ElementDraft element) {
		UUID id = UUID.randomUUID();
		int rows = jdbc.sql(insertInto("strategy_element", "kind, name, description", ":kind, :name, :description"))
			.param("id", id).param("strategy", strategyId).param("kind", element.kind().name())
			.param("name", element.name()).param("description", element.description()).update();
		if (rows == 0) {
			return Optional.empty();
		}
		replaceGuidingPoints(id, element.guidingPoints());
		return Optional.of(id);
	}

	public boolean updateElement(UUID strategyId, UUID elementId, ElementDraft element) {
		boolean found = jdbc.sql("""
				update strategy_element set kind = :kind, name = :name, description = :description
				where id = :id and strategy_id = :strategy""")
			.param("id", elementId).param("strategy", strategyId).param("kind", element.kind().name())
			.param("name", element.name()).param("description", element.description()).update() == 1;
		if (found) {
			replaceGuidingPoints(elementId, element.guidingPoints());
		}
		return found;
	}

	private void replaceGuidingPoints(UUID elementId, List<String> points) {
		jdbc.sql("delete from guiding_point where element_id = :element").param("element", elementId).update();
		for (int position = 0; position < points.size(); position++) {
			jdbc.sql("""
					insert into guiding_point (id, municipality_code, element_id, position, text)
					select :id, e.municipality_code, e.id, :position, :text from strategy_element e where e.id = :element""")
				.param("id", UUID.randomUUID()).param("element", elementId).param("position", position + 1)
				.param("text", points.get(position)).update();
		}
	}

	public Optional<UUID> insertMilestone(UUID strategyId, Milestone milestone) {
		UUID id = UUID.randomUUID();
		int rows = jdbc.sql(insertInto("strategy_milestone", "period, starts_on, ends_on, description",
				":period, :startsOn, :endsOn, :description"))
			.params(milestone(milestone)).param("id", id).param("strategy", strategyId).update();
		return rows == 0 ? Optional.empty() : Optional.of(id);
	}

	public boolean updateMilestone(UUID strategyId, UUID id, Milestone milestone) {
		return jdbc.sql("""
				update strategy_milestone set period = :period, starts_on = :startsOn, ends_on = :endsOn,
				    description = :description where id = :id and strategy_id = :strategy""")
			.params(milestone(milestone)).param("id", id).param("strategy", strategyId).update() == 1;
	}

	public Optional<UUID> insertPhase(UUID strategyId, CyclePhase phase) {
		UUID id = UUID.randomUUID();
		int rows = jdbc.sql(insertInto("annual_cycle_phase", "name, description, months", ":name, :description, :months"))
			.param("name", phase.name()).param("description", phase.description()).param("months", phase.months()).param("id", id).param("strategy", strategyId).update();
		return rows == 0 ? Optional.empty() : Optional.of(id);
	}

	public boolean updatePhase(UUID strategyId, UUID id, CyclePhase phase) {
		return jdbc.sql("""
				update annual_cycle_phase set name = :name, description = :description, months = :months
				where id = :id and strategy_id = :strategy""")
			.param("name", phase.name()).param("description", phase.description()).param("months", phase.months()).param("id", id).param("strategy", strategyId).update() == 1;
	}

	public Optional<UUID> insertCommunication(UUID strategyId, CommunicationItem item) {
		UUID id = UUID.randomUUID();
		int rows = jdbc.sql(insertInto("communication_item", "audience, message, channel, timing, owner",
				":audience, :message, :channel, :timing, :owner"))
			.params(communication(item)).param("id", id).param("strategy", strategyId).update();
		return rows == 0 ? Optional.empty() : Optional.of(id);
	}

	public boolean updateCommunication(UUID strategyId, UUID id, CommunicationItem item) {
		return jdbc.sql("""
				update communication_item set audience = :audience, message = :message, channel = :channel,
				    timing = :timing, owner = :owner where id = :id and strategy_id = :strategy""")
			.params(communication(item)).param("id", id).param("strategy", strategyId).update() == 1;
	}

	public Optional<UUID> insertOnboarding(UUID strategyId, OnboardingItem item) {
		UUID id = UUID.randomUUID();
		int rows = jdbc.sql(insertInto("onboarding_item", "text, responsible", ":text, :responsible"))
			.param("text", item.text()).param("responsible", item.responsible()).param("id", id).param("strategy", strategyId).update();
		return rows == 0 ? Optional.empty() : Optional.of(id);
	}

	public boolean updateOnboarding(UUID strategyId, UUID id, OnboardingItem item) {
		return jdbc.sql("""
				update onboarding_item set text = :text, responsible = :responsible
				where id = :id and strategy_id = :strategy""")
			.param("text", item.text()).param("responsible", item.responsible()).param("id", id).param("strategy", strategyId).update() == 1;
	}

	/**
	 * Swaps the item with its neighbour above or below. Returns false when the item is not the strategy's; moving
	 * the first item up or the last down changes nothing.
	 */
	public boolean move(StrategyPart part, UUID strategyId, UUID itemId, boolean up) {
		String table = table(part);
		Optional<Integer> position = jdbc.sql("select position from " + table + " where id = :id and strategy_id = :strategy")
			.param("id", itemId).param("strategy", strategyId).query(Integer.class).optional();
		if (position.isEmpty()) {
			return false;
		}
		String neighbour = up ? "position < :position order by position desc, id desc"
				: "position > :position order by position, id";
		jdbc.sql("select id, position from " + table + " where strategy_id = :strategy and " + neighbour + " limit 1")
			.param("strategy", strategyId).param("position", position.get())
			.query((rs, row) -> new Object[] { rs.getObject("id", UUID.class), rs.getInt("position") })
			.optional()
			.ifPresent(other -> {
				setPosition(table, itemId, (Integer) other[1]);
				setPosition(table, (UUID) other[0], position.get());
			});
		return true;
	}

	private void setPosition(String table, UUID id, int position) {
		jdbc.sql("update " + table + " set position = :position where id = :id").param("id", id)
			.param("position", position).update();
	}

	/** Removes the item; its guiding points go with an element (cascade). */
	public boolean delete(StrategyPart part, UUID strategyId, UUID itemId) {
		return jdbc.sql("delete from " + table(part) + " where id = :id and strategy_id = :strategy")
			.param("id", itemId).param("strategy", strategyId).update() == 1;
	}

	private static String insertInto(String table, String columns, String values) {
		return "insert into " + table + " (id, municipality_code, strategy_id, position, " + columns + ") "
				+ "select :id, s.municipality_code, s.id, coalesce((select max(position) from " + table
				+ " where strategy_id = s.id), 0) + 1, " + values + " from strategy s where s.id = :strategy";
	}

	private static Map<String, Object> basics(StrategyBasics basics) {
		Map<String, Object> params = new HashMap<>();
		params.put("title", basics.title());
		params.put("approvedOn", basics.approvedOn());
		params.put("vision", basics.vision());
		params.put("goals", basics.goals());
		params.put("modelName", basics.modelName());
		return params;
	}

	private static Map<String, Object> milestone(Milestone milestone) {
		Map<String, Object> params = new HashMap<>();
		params.put("period", milestone.period());
		params.put("startsOn", milestone.startsOn());
		params.put("endsOn", milestone.endsOn());
		params.put("description", milestone.description());
		return params;
	}

	private static Map<String, Object> communication(CommunicationItem item) {
		return Map.of("audience", item.audience(), "message", item.message(), "channel", item.channel(),
				"timing", item.timing(), "owner", item.owner());
	}

	static String table(StrategyPart part) {
		return switch (part) {
			case ELEMENT -> "strategy_element";
			case MILESTONE -> "strategy_milestone";
			case CYCLE_PHASE -> "annual_cycle_phase";
			case COMMUNICATION -> "communication_item";
			case ONBOARDING -> "onboarding_item";
		};
	}
}
