package dk.traedesten.organisation;

/** The roles a person can hold (DOMAIN.md §1). Some are held in a unit, others across the municipality. */
public enum Role {

	STAFF(true), UNIT_LEADER(true), AREA_LEADER(false), CLUSTER_LEADER(false), STRATEGY_COORDINATOR(false),
	SELECTION_COMMITTEE_MEMBER(false), POLITICIAN(false), EVENT_ORGANISER(false), ADMINISTRATOR(false),
	PLATFORM_ADMINISTRATOR(false);

	private final boolean heldInUnit;

	Role(boolean heldInUnit) {
		this.heldInUnit = heldInUnit;
	}

	/** Staff and unit leaders belong to a particular unit; the role means nothing without one. */
	public boolean heldInUnit() {
		return heldInUnit;
	}

	/** The Spring Security authority name, e.g. ROLE_UNIT_LEADER. */
	public String authority() {
		return "ROLE_" + name();
	}
}
