package dk.traedesten.events;

/** Why a choice within a group is refused. */
public enum ChoiceProblem {
	/** Fewer items than the group's minimum. */
	TOO_FEW,
	/** More items than the group's maximum. */
	TOO_MANY,
	/** An item that is not one of the group's. */
	NOT_OFFERED,
	/** An item whose seats are all taken. */
	FULL
}
