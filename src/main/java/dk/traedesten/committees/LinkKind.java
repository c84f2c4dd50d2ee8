package dk.traedesten.committees;

/** What an agenda item can be linked to in another module. */
public enum LinkKind {
	/** A trial the item decided on. */
	TRIAL,
	/** The municipality's strategy the item decided on. */
	STRATEGY,
	/** A call for applications whose selection the item puts before the committee. */
	CALL
}
