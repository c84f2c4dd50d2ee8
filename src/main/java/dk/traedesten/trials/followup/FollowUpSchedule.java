package dk.traedesten.trials.followup;

import java.time.LocalDate;

/**
 * The default follow-up dates an agreement proposes from its start date (seed 003): the first status about six
 * months after the start, and the evaluation four months after that. Four months leave room for at least one
 * more PDSA round on what the status showed, and a trial started in August is evaluated in June, before the
 * school year ends (the seed's "mid-2024"). The baseline is collected from the start.
 */
public final class FollowUpSchedule {

	public static final int STATUS_MONTHS = 6;

	public static final int EVALUATION_MONTHS = 10;

	private FollowUpSchedule() {
	}

	public static LocalDate baseline(LocalDate start) {
		return start;
	}

	public static LocalDate statusDue(LocalDate start) {
		return start.plusMonths(STATUS_MONTHS);
	}

	public static LocalDate evaluationDue(LocalDate start) {
		return start.plusMonths(EVALUATION_MONTHS);
	}
}
