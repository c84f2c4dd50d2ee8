package dk.traedesten.partnerships;

import java.util.UUID;

/** An organiser a request can be given to. */
public record Colleague(UUID personId, String name) {
}
