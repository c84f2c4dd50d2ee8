package dk.traedesten.strategy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.strategy.internal.StrategyReader;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The strategies of the signed-in user's municipality and their models, for other modules. */
@Service
@Transactional(readOnly = true)
public class Strategies {

	private final StrategyReader reader;

	Strategies(StrategyReader reader) {
		this.reader = reader;
	}

	/** The municipality's strategies, newest approval first. */
	public List<StrategySummary> all() {
		return reader.summaries();
	}

	/** The newest approved strategy: the one the municipality works by, and trials are measured against. */
	public Optional<StrategySummary> current() {
		return reader.current();
	}

	/** The whole strategy as its staff read it. */
	public Optional<StrategyDocument> document(UUID strategyId) {
		return reader.document(strategyId);
	}

	public Optional<StrategySummary> find(UUID strategyId) {
		return reader.summary(strategyId);
	}

	/** The model's elements in order, each with its guiding points. */
	public List<ModelElement> elements(UUID strategyId) {
		return reader.elements(strategyId);
	}
}
