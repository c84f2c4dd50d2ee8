package dk.traedesten.measures;

import java.time.LocalDate;

/**
 * A series as a list shows it to one reader: its place (the trial's title or the unit's name), how many periods
 * it has, its last period with a value, and that value in the shown unit. {@code suppressed} means the reader is
 * outside the team and the group is small: the last value and the group's size are then withheld (null) and
 * shown as "<5".
 */
public record SeriesSummary(Series series, String place, int periods, LocalDate lastPeriod, Double lastValue,
		boolean suppressed, boolean inTeam) {
}
