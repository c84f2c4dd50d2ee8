package dk.traedesten.trials.overview;

/** The orders the search results can come in. */
public enum TrialSort {
	/** Most recently changed first: the default. */
	UPDATED,
	/** Best text match first (the same as {@link #UPDATED} without search words). */
	RELEVANCE,
	TITLE,
	/** Lifecycle order, drafts first. */
	STATE
}
