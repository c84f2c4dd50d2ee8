package dk.traedesten.strategy.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.committees.LinkKind;
import dk.traedesten.committees.LinkTargets;
import dk.traedesten.strategy.Strategies;
import dk.traedesten.strategy.StrategySummary;

import org.springframework.stereotype.Component;

/** The municipality's strategies, for linking the agenda item that decided one (decision 0017). */
@Component
class StrategyLinkTargets implements LinkTargets {

	private final Strategies strategies;

	StrategyLinkTargets(Strategies strategies) {
		this.strategies = strategies;
	}

	@Override
	public List<LinkKind> kinds() {
		return List.of(LinkKind.STRATEGY);
	}

	@Override
	public List<LinkTarget> choices() {
		return strategies.all().stream().map(StrategyLinkTargets::target).toList();
	}

	@Override
	public Optional<LinkTarget> target(LinkKind kind, UUID id) {
		if (kind != LinkKind.STRATEGY) {
			return Optional.empty();
		}
		return strategies.all().stream().filter(strategy -> strategy.id().equals(id)).findFirst()
			.map(StrategyLinkTargets::target);
	}

	private static LinkTarget target(StrategySummary strategy) {
		return new LinkTarget(LinkKind.STRATEGY, strategy.id(), strategy.title(), "/strategi/" + strategy.id());
	}
}
