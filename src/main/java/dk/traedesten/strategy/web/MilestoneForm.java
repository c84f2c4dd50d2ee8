package dk.traedesten.strategy.web;

import java.time.LocalDate;

import dk.traedesten.strategy.Milestone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What the milestone form sends. The dates are optional; the end is checked against the start by the controller. */
record MilestoneForm(@NotBlank(message = "{strategy.milestone.error.period-required}")
		@Size(max = 200, message = "{strategy.error.too-long}") String period,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
		@NotBlank(message = "{strategy.milestone.error.description-required}")
		@Size(max = 1000, message = "{strategy.error.too-long}") String description) {

	static MilestoneForm empty() {
		return new MilestoneForm("", null, null, "");
	}

	static MilestoneForm of(Milestone milestone) {
		return new MilestoneForm(milestone.period(), milestone.startsOn(), milestone.endsOn(), milestone.description());
	}

	Milestone draft() {
		return Milestone.draft(period, startsOn, endsOn, description);
	}
}
