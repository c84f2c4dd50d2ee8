package dk.traedesten.committees;

import java.util.UUID;

/**
 * A meeting's agenda or minutes went out to the public. Published after the change commits, so a listener reads
 * what the public now reads.
 */
public record MeetingPublished(UUID meetingId, UUID committeeId, int municipalityCode, Publication publication) {

	public enum Publication {
		AGENDA, MINUTES
	}
}
