package dk.traedesten.events.web;

import java.util.ArrayList;
import java.util.List;

import dk.traedesten.events.ChoiceGroup;
import dk.traedesten.events.ProgrammeItem;
import dk.traedesten.events.PublishedEvent;

/** A row of the programme as the page shows it: one item, or a choice group with its options at its first item. */
record ProgrammeSlot(ProgrammeItem item, ChoiceGroup group, List<ProgrammeItem> options) {

	static List<ProgrammeSlot> of(PublishedEvent page) {
		List<ProgrammeSlot> slots = new ArrayList<>();
		for (ProgrammeItem item : page.programme()) {
			if (item.choiceGroupId() == null) {
				slots.add(new ProgrammeSlot(item, null, List.of()));
				continue;
			}
			ChoiceGroup group = page.groups().stream().filter(g -> g.id().equals(item.choiceGroupId())).findFirst()
				.orElseThrow();
			boolean first = slots.stream().noneMatch(slot -> group.equals(slot.group()));
			if (first) {
				slots.add(new ProgrammeSlot(item, group, page.offeredBy(group)));
			}
		}
		return slots;
	}
}
