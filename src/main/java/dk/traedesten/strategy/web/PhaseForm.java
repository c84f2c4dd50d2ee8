package dk.traedesten.strategy.web;

import dk.traedesten.strategy.CyclePhase;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the annual cycle's phase form sends. */
record PhaseForm(@NotBlank(message = "{strategy.phase.error.name-required}")
		@Size(max = 200, message = "{strategy.error.too-long}") String name,
		@Size(max = 1000, message = "{strategy.error.too-long}") String description,
		@Size(max = 100, message = "{strategy.error.too-long}") String months) {

	static PhaseForm empty() {
		return new PhaseForm("", "", "");
	}

	static PhaseForm of(CyclePhase phase) {
		return new PhaseForm(phase.name(), phase.description(), phase.months());
	}

	CyclePhase draft() {
		return CyclePhase.draft(name, description, months);
	}
}
