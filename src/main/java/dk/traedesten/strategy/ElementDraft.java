package dk.traedesten.strategy;

import java.util.List;

/** A model element as it is written: kind, name, description and its guiding points in order. */
public record ElementDraft(ElementKind kind, String name, String description, List<String> guidingPoints) {

	public ElementDraft {
		name = name.strip();
		description = StrategyBasics.blankIfNull(description);
		guidingPoints = guidingPoints.stream().map(String::strip).filter(point -> !point.isEmpty()).toList();
	}
}
