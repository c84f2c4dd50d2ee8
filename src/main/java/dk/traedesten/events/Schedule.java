package dk.traedesten.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One participant's day: the event's programme with the sessions the participant (or their municipality, for the
 * groups it chooses) picked, and where they wait.
 */
public record Schedule(PublishedEvent page, Participant participant, List<SessionSeat> seats,
		Set<UUID> organisationChoices, boolean mayCancel) {

	public Schedule {
		seats = List.copyOf(seats);
		organisationChoices = Set.copyOf(organisationChoices);
	}

	public Optional<SessionSeat> seat(UUID itemId) {
		return seats.stream().filter(seat -> seat.itemId().equals(itemId)).findFirst();
	}

	/** The items of the day this participant attends: everything outside groups, and the chosen sessions. */
	public List<ProgrammeItem> day() {
		return page.programme()
			.stream()
			.filter(item -> item.choiceGroupId() == null || organisationChoices.contains(item.id())
					|| seat(item.id()).isPresent())
			.toList();
	}
}
