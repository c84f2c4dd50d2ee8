package dk.traedesten.trials.web;

import java.time.LocalDate;
import java.util.UUID;

import dk.traedesten.trials.TrialCall;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What the call form sends. */
record CallForm(@NotNull(message = "{trials.call.error.strategy}") UUID strategyId,
		@NotBlank(message = "{trials.call.error.title}") @Size(max = 200, message = "{trials.error.too-long}") String title,
		@Size(max = 10000, message = "{trials.error.too-long}") String announcement,
		@NotNull(message = "{trials.call.error.opens}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
		@NotNull(message = "{trials.call.error.closes}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
		@NotNull(message = "{trials.call.error.target}") @Min(value = 1, message = "{trials.call.error.target}")
		@Max(value = 1000, message = "{trials.call.error.target}") Integer targetCount,
		@NotNull(message = "{trials.call.error.minimum-units}") @Min(value = 1, message = "{trials.call.error.minimum-units}")
		@Max(value = 20, message = "{trials.call.error.minimum-units}") Integer minimumUnits) {

	static CallForm empty(UUID strategyId, LocalDate today) {
		return new CallForm(strategyId, "", "", today, today.plusMonths(2), 20, 2);
	}

	static CallForm of(TrialCall call) {
		return new CallForm(call.strategyId(), call.title(), call.announcement(), call.opensOn(), call.closesOn(),
				call.targetCount(), call.minimumUnits());
	}

	TrialCall.Details details() {
		return new TrialCall.Details(strategyId, title, announcement, opensOn, closesOn, targetCount, minimumUnits);
	}
}
