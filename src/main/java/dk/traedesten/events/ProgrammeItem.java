package dk.traedesten.events;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * One slot of the programme. Items of a choice group run side by side; the participant or organisation picks
 * among them by the group's rule.
 *
 * @param section the part of the day this item opens, or null
 * @param venue where it is sent from or held ("Live fra KL-huset"), or empty
 * @param capacity seats when chosen in a group; null for unlimited
 */
public record ProgrammeItem(UUID id, int position, LocalTime startsAt, LocalTime endsAt, ProgrammeItemKind kind,
		String section, String title, String description, List<String> speakers, String venue, UUID choiceGroupId,
		Integer capacity) {

	public ProgrammeItem {
		speakers = List.copyOf(speakers);
	}

	public List<String> paragraphs() {
		return Paragraphs.of(description);
	}
}
