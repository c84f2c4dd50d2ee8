package dk.traedesten.measures;

/**
 * How often a series has a point. A point is dated by the first day of its period: the Monday of a week, the
 * first of a month, and for a term (halvår of the school year) 1 August or 1 January.
 */
public enum Period {
	WEEK, MONTH, TERM
}
