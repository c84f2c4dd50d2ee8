package dk.traedesten.committees;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules of a decision's follow-up, in plain Java. Work goes forward (not started → in progress → done, or
 * straight to done); going back — reopening a done follow-up, or calling started work not started — needs a note
 * saying why, because the committee reads the list as a record of what the administration has done. A note alone,
 * without a move, is a status report and always allowed. A follow-up is overdue from the day after its due date
 * until it is done.
 */
public final class FollowUpRules {

	/** Longest text of what is to be done, of a note and of a department's name. */
	public static final int MAX_WHAT = 2000;

	public static final int MAX_NOTE = 2000;

	public static final int MAX_NAME = 200;

	private FollowUpRules() {
	}

	/** True when the status may go from {@code from} to {@code to} without a note. */
	public static boolean forward(FollowUpStatus from, FollowUpStatus to) {
		return to.compareTo(from) > 0;
	}

	/**
	 * Why this status report is refused, as a message key suffix, or empty when it is fine: nothing reported
	 * ("nothing"), a move back without a note ("note-needed-back"), or a note too long ("note-too-long").
	 */
	public static Optional<String> refusal(FollowUpStatus from, FollowUpStatus to, String note) {
		boolean noted = note != null && !note.isBlank();
		if (noted && note.strip().length() > MAX_NOTE) {
			return Optional.of("note-too-long");
		}
		if (from == to) {
			return noted ? Optional.empty() : Optional.of("nothing");
		}
		if (!forward(from, to) && !noted) {
			return Optional.of("note-needed-back");
		}
		return Optional.empty();
	}

	/** Open until done: the committee keeps seeing it. */
	public static boolean open(FollowUpStatus status) {
		return status != FollowUpStatus.DONE;
	}

	/** Open and its due date passed before {@code today}. */
	public static boolean overdue(FollowUpStatus status, LocalDate dueOn, LocalDate today) {
		return open(status) && dueOn.isBefore(today);
	}
}
