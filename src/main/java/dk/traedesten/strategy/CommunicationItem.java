package dk.traedesten.strategy;

import java.util.UUID;

/** A row of the communication plan: who is told what, through which channel, when, and by whom. */
public record CommunicationItem(UUID id, int position, String audience, String message, String channel, String timing,
		String owner) {

	/** An item as it is written, before it has an id and a place in its list. */
	public static CommunicationItem draft(String audience, String message, String channel, String timing, String owner) {
		return new CommunicationItem(null, 0, audience.strip(), message.strip(), channel.strip(), timing.strip(), owner.strip());
	}
}
