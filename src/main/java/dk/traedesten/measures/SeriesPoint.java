package dk.traedesten.measures;

import java.time.LocalDate;

/**
 * One period of a series: the value (numerator, mean or count; null when missing), the denominator where the
 * kind needs one, the children in the group that period if it differs from the series', whether the period
 * is part of the baseline, and whether a new phase starts here.
 */
public record SeriesPoint(LocalDate periodStart, Double value, Double denominator, Integer children,
		boolean baseline, boolean phaseStart) {
}
