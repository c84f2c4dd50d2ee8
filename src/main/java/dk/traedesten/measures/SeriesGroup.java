package dk.traedesten.measures;

import java.util.List;
import java.util.UUID;

/** The series of one trial or one unit, under its title, as the measures page groups them. */
public record SeriesGroup(UUID trialId, UUID unitId, String title, List<SeriesSummary> series) {

	public SeriesGroup {
		series = List.copyOf(series);
	}
}
