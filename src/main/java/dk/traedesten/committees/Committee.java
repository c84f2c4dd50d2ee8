package dk.traedesten.committees;

import java.util.UUID;

/** A political committee of a municipality, e.g. Børne- og Familieudvalget. */
public record Committee(UUID id, int municipalityCode, String municipalityName, String name, String description) {
}
