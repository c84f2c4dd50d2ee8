package dk.traedesten.measures;

import java.util.UUID;

/** The points of a series were replaced (by hand or by an import): signals may have appeared. */
public record SeriesDataChanged(UUID seriesId, int municipalityCode) {
}
