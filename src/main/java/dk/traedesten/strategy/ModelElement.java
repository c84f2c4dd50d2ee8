package dk.traedesten.strategy;

import java.util.List;
import java.util.UUID;

/** One element of a strategy's model with its guiding points (pejlinger), in the strategy's order. */
public record ModelElement(UUID id, UUID strategyId, int position, ElementKind kind, String name, String description,
		List<String> guidingPoints) {

	public ModelElement {
		guidingPoints = List.copyOf(guidingPoints);
	}

	public boolean bearing() {
		return kind == ElementKind.BEARING;
	}
}
