package dk.traedesten.trials.overview;

import java.time.LocalDate;
import java.util.UUID;

import dk.traedesten.trials.DueKind;

/** Something a running trial owes by a date; {@code daysLeft} is negative once it is overdue. */
public record DueItem(UUID trialId, String title, DueKind kind, LocalDate dueOn, long daysLeft) {

	public boolean overdue() {
		return daysLeft < 0;
	}

	public long daysOverdue() {
		return -daysLeft;
	}
}
