package dk.traedesten.events;

import java.util.List;
import java.util.Optional;

/** An event with everything its public page shows. */
public record PublishedEvent(Event event, List<ProgrammeItem> programme, List<ChoiceGroup> groups,
		Optional<PriceList> prices) {

	public PublishedEvent {
		programme = List.copyOf(programme);
		groups = List.copyOf(groups);
	}

	/** The items a group offers, in programme order. */
	public List<ProgrammeItem> offeredBy(ChoiceGroup group) {
		return programme.stream().filter(item -> group.id().equals(item.choiceGroupId())).toList();
	}

	/** The programme as the day runs: the items outside groups, and each group once, at its first item. */
	public List<ProgrammeItem> outsideGroups() {
		return programme.stream().filter(item -> item.choiceGroupId() == null).toList();
	}
}
