package dk.traedesten.measures;

/**
 * The small-cell rule (DOMAIN.md §4, issue 5 item 8): outside the trial's own team a group of fewer than five
 * children is never shown as a number.
 */
public final class SmallGroups {

	public static final int MINIMUM = 5;

	private SmallGroups() {
	}

	/** Whether a point's group is too small to show: the point's children if given, else the series'. */
	public static boolean small(Series series, SeriesPoint point) {
		int children = point.children() != null ? point.children() : series.childCount();
		return children < MINIMUM;
	}
}
