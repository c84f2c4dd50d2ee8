package dk.traedesten.measures.chart;

import dk.traedesten.measures.Direction;
import dk.traedesten.spc.Analysis;

/**
 * The NHS "Making Data Count" variation icon for the latest part: common cause, or special cause that is an
 * improvement or a concern given the preferred direction; none when there is too little data.
 */
public enum VariationBadge {
	COMMON_CAUSE, SPECIAL_CAUSE_IMPROVING, SPECIAL_CAUSE_CONCERNING, SPECIAL_CAUSE_NEITHER, NOT_ENOUGH_DATA;

	public static VariationBadge of(Analysis analysis, Direction direction) {
		throw new UnsupportedOperationException("decided in the chart work");
	}
}
