package dk.traedesten.events;

/**
 * What a participant is at a webinar with area roundtables (seed 000's target group). The area-bound roles meet at
 * their area's table; committee members meet at the City Hall table; the rest are spread to mix the tables.
 */
public enum ParticipantRole {

	COMMITTEE_MEMBER, DIRECTOR, AREA_LEADER, ADMINISTRATION, SCHOOL_LEADER, CLUSTER_LEADER, SELF_GOVERNING_DAYCARE,
	ASSOCIATION, OTHER;

	/** True for the roles whose people work in one area and so must name it. */
	public boolean areaBound() {
		return this == AREA_LEADER || this == SCHOOL_LEADER || this == CLUSTER_LEADER || this == SELF_GOVERNING_DAYCARE;
	}
}
