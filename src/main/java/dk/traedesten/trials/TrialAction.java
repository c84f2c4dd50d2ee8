package dk.traedesten.trials;

/**
 * What someone (or the eligibility check) does to move a trial on. Each action is legal from exactly the
 * states {@link TrialLifecycle} lists for it.
 */
public enum TrialAction {

	SUBMIT, FIND_ELIGIBLE, FIND_INELIGIBLE, REOPEN, START_REVIEW, SELECT, NOT_SELECT, RECONSIDER, MAKE_AGREEMENT,
	START, REPORT_STATUS, EVALUATE, CLOSE;

	/** Actions whose comment the applicants are told, so one must be given (a selection's reason, say). */
	public boolean needsComment() {
		return this == SELECT || this == NOT_SELECT || this == RECONSIDER;
	}
}
