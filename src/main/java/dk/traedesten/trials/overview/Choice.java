package dk.traedesten.trials.overview;

import java.util.UUID;

/** An option of a filter: a call or a unit of the municipality. */
public record Choice(UUID id, String name) {
}
