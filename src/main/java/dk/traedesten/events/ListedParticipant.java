package dk.traedesten.events;

import java.util.List;
import java.util.UUID;

/**
 * A participant as the organiser's list shows them: their municipality, who they are, and the sessions chosen for
 * them (their own choices and their municipality's, each marked when on a waiting list).
 */
public record ListedParticipant(UUID id, String municipality, String name, String email, String jobTitle, int round,
		List<ChosenSession> sessions) {

	public ListedParticipant {
		sessions = List.copyOf(sessions);
	}

	/** A session chosen for the participant, in programme order. */
	public record ChosenSession(String title, boolean waiting) {
	}
}
