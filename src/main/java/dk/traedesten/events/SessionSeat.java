package dk.traedesten.events;

import java.util.UUID;

/** A participant's chosen session: a seat in it, or a place on its waiting list ({@code waiting}). */
public record SessionSeat(UUID itemId, UUID groupId, boolean waiting) {
}
