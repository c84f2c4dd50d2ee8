package dk.traedesten.events;

import java.util.List;
import java.util.UUID;

/**
 * A round of participants was registered. Published inside the round's transaction once every seat is written, so a
 * refused round publishes nothing; listeners (the confirmation mails) run after the round has committed.
 */
public record ParticipantsRegistered(String slug, UUID eventId, Registrant registrant, List<UUID> participantIds) {

	public ParticipantsRegistered {
		participantIds = List.copyOf(participantIds);
	}
}
