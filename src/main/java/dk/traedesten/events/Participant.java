package dk.traedesten.events;

import java.util.UUID;

/** A seat at an event, held by one person of a registrant and registered in one of its rounds. */
public record Participant(UUID id, UUID eventId, Registrant registrant, int round, String name, String email,
		String jobTitle) {

	/** The registering municipality, or null when an organisation outside the municipalities registered. */
	public Integer municipalityCode() {
		return registrant.municipalityCode();
	}
}
