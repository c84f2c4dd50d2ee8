package dk.traedesten.strategy.web;

import java.time.LocalDate;

import dk.traedesten.strategy.StrategyBasics;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What the strategy's basics form sends; {@code start} only when a strategy is created. */
record StrategyForm(@NotBlank(message = "{strategy.error.title-required}")
		@Size(max = 200, message = "{strategy.error.too-long}") String title,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvedOn,
		@Size(max = 5000, message = "{strategy.error.too-long}") String vision,
		@Size(max = 5000, message = "{strategy.error.too-long}") String goals,
		@Size(max = 200, message = "{strategy.error.too-long}") String modelName, StartingModel start) {

	/** How a new strategy's model begins. */
	enum StartingModel {
		BLANK, KVINTET
	}

	static StrategyForm empty(StartingModel start) {
		return new StrategyForm("", null, "", "", start == StartingModel.KVINTET ? "Kvintetmodellen" : "", start);
	}

	static StrategyForm of(StrategyBasics basics) {
		return new StrategyForm(basics.title(), basics.approvedOn(), basics.vision(), basics.goals(), basics.modelName(),
				null);
	}

	StrategyBasics basics() {
		return new StrategyBasics(title, approvedOn, vision, goals, modelName);
	}
}
