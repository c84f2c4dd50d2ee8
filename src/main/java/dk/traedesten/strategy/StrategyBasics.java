package dk.traedesten.strategy;

import java.time.LocalDate;

/** A strategy's own fields: what the coordinator writes on its first page. The approval date may be empty. */
public record StrategyBasics(String title, LocalDate approvedOn, String vision, String goals, String modelName) {

	public StrategyBasics {
		title = title.strip();
		vision = blankIfNull(vision);
		goals = blankIfNull(goals);
		modelName = blankIfNull(modelName);
	}

	static String blankIfNull(String text) {
		return text == null ? "" : text.strip();
	}
}
