package dk.traedesten.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * An event as its invitation presents it.
 *
 * @param theme the line under the title
 * @param practical contact people and the conditions of registration, as the organiser writes them
 */
public record Event(UUID id, String slug, EventKind kind, String title, String theme, Organiser organiser,
		Instant startsAt, Instant endsAt, EventFormat format, String place, String invitation, String practical,
		boolean published) {

	/** Danish events are planned and shown in Danish time. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

	public LocalDateTime localStart() {
		return LocalDateTime.ofInstant(startsAt, ZONE);
	}

	public LocalDateTime localEnd() {
		return LocalDateTime.ofInstant(endsAt, ZONE);
	}
}
