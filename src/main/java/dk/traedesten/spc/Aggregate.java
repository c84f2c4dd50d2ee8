package dk.traedesten.spc;

/** How several values in one subgroup become the plotted value when there is no denominator. */
public enum Aggregate {
	MEAN, MEDIAN, SUM, SD
}
