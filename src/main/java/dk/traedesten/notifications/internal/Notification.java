package dk.traedesten.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One notification as its reader sees it: the message's key and arguments, where it leads, and when it came. */
public record Notification(UUID id, String messageKey, List<String> arguments, String link, Instant createdAt,
		Instant readAt) {

	public boolean read() {
		return readAt != null;
	}
}
