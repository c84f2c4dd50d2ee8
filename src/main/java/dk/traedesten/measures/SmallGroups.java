package dk.traedesten.measures;

/**
 * The small-cell rule (DOMAIN.md §4, issue 5 item 8): outside the trial's own team a group of fewer than five
 * children is never shown as a number. Such a point is shown as "<5"; and because a centre line, limits, an
 * effect, a badge or a signal computed with it would let a reader work it back out from the points shown, a
 * series with any small point shows none of them outside the team: only its other points.
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

	/** Whether any point is small, which withholds every derived value of the series outside the team. */
	public static boolean anySmall(Series series, java.util.List<SeriesPoint> points) {
		return series.childCount() < MINIMUM || points.stream().anyMatch(point -> small(series, point));
	}
}
