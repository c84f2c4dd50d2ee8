package dk.traedesten.strategy;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A step of the strategy's timeline: a named period ("Efterår 2023 og forår 2024") with optional dates that
 * bound it. A milestone without an end date runs on until the strategy is revised.
 */
public record Milestone(UUID id, int position, String period, LocalDate startsOn, LocalDate endsOn,
		String description) {

	/** A milestone as it is written, before it has an id and a place in the timeline. */
	public static Milestone draft(String period, LocalDate startsOn, LocalDate endsOn, String description) {
		return new Milestone(null, 0, period.strip(), startsOn, endsOn, description.strip());
	}

	/** Whether the day falls within the milestone's dates; a milestone without a start date is never current. */
	public boolean currentOn(LocalDate day) {
		return startsOn != null && !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
	}

	/** The dates are optional, but an end before the start is never right. */
	public static boolean datesInOrder(LocalDate startsOn, LocalDate endsOn) {
		return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
	}
}
