package dk.traedesten.events;

/** The municipal licence a municipality buys, by its kind and size (seed 004). */
public enum LicenceClass {
	/** An island municipality without a fixed link, whatever its population. */
	ISLAND,
	/** Under the population threshold (50,000 in seed 004). */
	SMALL,
	/** Over the threshold. */
	LARGE
}
