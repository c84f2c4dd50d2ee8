package dk.traedesten.events;

import java.util.UUID;

/** A seat at an event, held by one person of a municipality and registered in one of its rounds. */
public record Participant(UUID id, UUID eventId, int municipalityCode, int round, String name, String email,
		String jobTitle) {
}
