package dk.traedesten.measures;

import java.time.LocalDate;
import java.util.UUID;

/** A note attached to a point, e.g. "PDSA-cyklus 2 starter", linked to the trial's cycle when it is about one. */
public record SeriesNote(UUID id, LocalDate periodStart, String text, UUID pdsaCycleId) {
}
