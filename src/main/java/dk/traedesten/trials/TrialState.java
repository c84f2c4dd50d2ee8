package dk.traedesten.trials;

/** Where an application or trial stands in its lifecycle (DOMAIN.md §3). */
public enum TrialState {

	DRAFT, SUBMITTED, INELIGIBLE, ELIGIBLE, IN_REVIEW, SELECTED, NOT_SELECTED, AGREEMENT_MADE, RUNNING,
	STATUS_REPORTED, EVALUATED, CLOSED;

	/** Still an application: nobody has decided to run it yet. */
	public boolean application() {
		return ordinal() <= NOT_SELECTED.ordinal();
	}

	/** Selected and not yet closed: the trial is being prepared, run or followed up. */
	public boolean active() {
		return this == SELECTED || this == AGREEMENT_MADE || this == RUNNING || this == STATUS_REPORTED
				|| this == EVALUATED;
	}

	/** Nothing more happens: not selected, or closed with a decision. */
	public boolean finished() {
		return this == NOT_SELECTED || this == CLOSED;
	}
}
