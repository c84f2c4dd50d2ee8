package dk.traedesten.trials.followup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.traedesten.trials.DueKind;
import dk.traedesten.trials.TrialState;

/**
 * Which reminders are due on a given day. Before each due date a reminder goes out 14 days and 2 days ahead;
 * when the date has passed and the report is not in, one overdue reminder follows (the coordinator is told too).
 * A reminder stays due for the whole window up to the next one, so a day the job did not run is made up the next
 * day; the caller sends each reminder once (its key is the trial, the due date, the kind and the lead). The
 * baseline has no report, so it gets no overdue reminder. Closed or not yet agreed trials get nothing.
 */
public final class ReminderRules {

	/** Days ahead of a due date, largest first. */
	public static final List<Integer> LEADS = List.of(14, 2);

	public enum Kind {
		BEFORE, OVERDUE
	}

	/** One reminder: which date, what kind, and how many days ahead (0 when overdue). */
	public record Reminder(DueKind due, LocalDate dueOn, Kind kind, int daysBefore) {
	}

	/** The trial's state and agreed dates, by kind. */
	public record Schedule(TrialState state, Map<DueKind, LocalDate> dates) {

		public Schedule {
			dates = Map.copyOf(dates);
		}
	}

	private ReminderRules() {
	}

	public static List<Reminder> due(Schedule schedule, LocalDate today) {
		List<Reminder> reminders = new ArrayList<>();
		if (!followedUp(schedule.state())) {
			return reminders;
		}
		for (DueKind kind : DueKind.values()) {
			LocalDate dueOn = schedule.dates().get(kind);
			if (dueOn == null || delivered(kind, schedule.state())) {
				continue;
			}
			long daysLeft = ChronoUnit.DAYS.between(today, dueOn);
			if (daysLeft < 0) {
				if (kind != DueKind.BASELINE) {
					reminders.add(new Reminder(kind, dueOn, Kind.OVERDUE, 0));
				}
				continue;
			}
			for (int i = 0; i < LEADS.size(); i++) {
				int lead = LEADS.get(i);
				int nextLead = i + 1 < LEADS.size() ? LEADS.get(i + 1) : -1;
				if (daysLeft <= lead && daysLeft > nextLead) {
					reminders.add(new Reminder(kind, dueOn, Kind.BEFORE, lead));
				}
			}
		}
		return reminders;
	}

	private static boolean followedUp(TrialState state) {
		return state == TrialState.AGREEMENT_MADE || state == TrialState.RUNNING
				|| state == TrialState.STATUS_REPORTED;
	}

	/** Whether what is due is in: the baseline counts as collected once the status is in, the reports once submitted. */
	static boolean delivered(DueKind kind, TrialState state) {
		return switch (kind) {
			case BASELINE -> state.ordinal() > TrialState.RUNNING.ordinal();
			case STATUS -> state.ordinal() >= TrialState.STATUS_REPORTED.ordinal();
			case EVALUATION -> state.ordinal() >= TrialState.EVALUATED.ordinal();
		};
	}
}
