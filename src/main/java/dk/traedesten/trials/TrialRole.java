package dk.traedesten.trials;

/**
 * How the signed-in person relates to one trial, from closest to furthest. A person can relate in several ways
 * (a coordinator who is also a participant); {@link TrialAccess} gives all of them.
 */
public enum TrialRole {

	/** Wrote the application, or is named on it as a participant. */
	PARTICIPANT,
	/** Works in one of the trial's units (a co-applicant unit's staff, who confirm its part). */
	UNIT_MEMBER,
	/** Leads one of the trial's units and approves for it. */
	UNIT_LEADER,
	/** The municipality's strategy coordinator: runs calls, selection and agreements. */
	COORDINATOR,
	/** A member of the selection committee: reads applications once they are in review. */
	COMMITTEE_MEMBER
}
