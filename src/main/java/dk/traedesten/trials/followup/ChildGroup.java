package dk.traedesten.trials.followup;

/**
 * The only description a child's statement may carry: an age group or a span of school years, never so narrow
 * that a child could be recognised (no gender, no single class, no name). Chosen from a list, not typed.
 */
public enum ChildGroup {
	AGE_0_2, AGE_3_5, GRADES_0_3, GRADES_4_6, GRADES_7_10, AGE_15_18
}
