package dk.traedesten.events;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One roundtable of a webinar with its people, facilitator, note-taker and the input written down: what was said,
 * and the themes and recommendations as short items.
 *
 * @param areaName the area of an area's table, else null
 */
public record Roundtable(UUID id, RoundtableKey key, String areaName, String facilitator, String noteTaker,
		String summary, List<String> themes, List<String> recommendations, List<SeatedParticipant> people) {

	public Roundtable {
		themes = List.copyOf(themes);
		recommendations = List.copyOf(recommendations);
		people = List.copyOf(people);
	}

	/** How many of each role sit here, in the roles' order, leaving out roles nobody has. */
	public Map<ParticipantRole, Long> roleCounts() {
		Map<ParticipantRole, Long> counts = new EnumMap<>(ParticipantRole.class);
		people.forEach(seat -> counts.merge(seat.participant().role(), 1L, Long::sum));
		return counts;
	}

	public boolean hasInput() {
		return !summary.isBlank() || !themes.isEmpty() || !recommendations.isEmpty();
	}
}
