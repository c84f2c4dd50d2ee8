package dk.traedesten.organisation;

import java.util.UUID;

/** An area of the current municipality, by id and name, for other modules' forms and pages. */
public record AreaSummary(UUID id, String name) {
}
