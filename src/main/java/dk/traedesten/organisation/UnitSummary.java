package dk.traedesten.organisation;

import java.util.UUID;

/** A unit of the current municipality with the area it lies in (null for a unit of the whole municipality). */
public record UnitSummary(UUID id, String name, UnitKind kind, UUID areaId) {
}
