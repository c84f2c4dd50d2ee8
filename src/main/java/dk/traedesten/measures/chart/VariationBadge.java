package dk.traedesten.measures.chart;

import java.util.List;

import dk.traedesten.measures.Direction;
import dk.traedesten.spc.Analysis;
import dk.traedesten.spc.PartSummary;
import dk.traedesten.spc.Point;

/**
 * The NHS "Making Data Count" variation icon for the latest part: special cause when the part has a runs signal
 * or a point outside its limits, improving or concerning by the side of the centre line the signal is on against
 * the indicator's preferred direction (neither when signals point both ways); common cause when there is no
 * signal in enough points to have found one; too little data otherwise.
 */
public enum VariationBadge {
	COMMON_CAUSE, SPECIAL_CAUSE_IMPROVING, SPECIAL_CAUSE_CONCERNING, SPECIAL_CAUSE_NEITHER, NOT_ENOUGH_DATA;

	/**
	 * Below this many useful points in the latest part, no signal does not mean common cause: the runs rules
	 * cannot yet see a shift (a run of 6 is the shortest they ever flag, at 10 points or fewer).
	 */
	public static final int MINIMUM_USEFUL = 8;

	public static VariationBadge of(Analysis analysis, Direction direction) {
		if (analysis.summary().isEmpty()) {
			return NOT_ENOUGH_DATA;
		}
		PartSummary latest = analysis.summary().get(analysis.summary().size() - 1);
		List<Point> points = analysis.points().stream().filter(point -> point.part() == latest.part()).toList();
		boolean high = false;
		boolean low = false;
		for (Point point : points) {
			if (point.sigmaSignal() && point.y() != null) {
				high |= point.ucl() != null && point.y() > point.ucl();
				low |= point.lcl() != null && point.y() < point.lcl();
			}
		}
		if (latest.runsSignal()) {
			int side = LongestRun.side(points);
			// Runs as long above as below point both ways.
			high |= side >= 0;
			low |= side <= 0;
		}
		if (high && low) {
			return SPECIAL_CAUSE_NEITHER;
		}
		if (high || low) {
			boolean better = direction == Direction.HIGHER_IS_BETTER ? high : low;
			return better ? SPECIAL_CAUSE_IMPROVING : SPECIAL_CAUSE_CONCERNING;
		}
		return latest.nUseful() >= MINIMUM_USEFUL ? COMMON_CAUSE : NOT_ENOUGH_DATA;
	}
}
