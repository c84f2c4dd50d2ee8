package dk.traedesten.measures.chart;

import java.util.List;

import dk.traedesten.spc.Point;

/**
 * Which side of the centre line a part's runs signal is on: the side of its longest run of useful points (those
 * with a value, included, and not on the centre line), the run that the Anhøj rules measure. When the signal is
 * too few crossings, the longest run is still where the process has sat.
 */
final class LongestRun {

	private LongestRun() {
	}

	/** +1 above, −1 below, 0 when no point is useful or the longest runs above and below are equally long. */
	static int side(List<Point> points) {
		int longestAbove = 0;
		int longestBelow = 0;
		int current = 0;
		int currentSide = 0;
		for (Point point : points) {
			if (point.y() == null || point.cl() == null || !point.include() || point.y().equals(point.cl())) {
				continue;
			}
			int side = point.y() > point.cl() ? 1 : -1;
			current = side == currentSide ? current + 1 : 1;
			currentSide = side;
			if (side > 0) {
				longestAbove = Math.max(longestAbove, current);
			}
			else {
				longestBelow = Math.max(longestBelow, current);
			}
		}
		return Integer.compare(longestAbove, longestBelow);
	}
}
