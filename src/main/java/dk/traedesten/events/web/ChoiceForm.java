package dk.traedesten.events.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The items chosen in one choice group. */
public class ChoiceForm {

	private UUID group;

	private List<UUID> items = new ArrayList<>();

	public UUID getGroup() {
		return group;
	}

	public void setGroup(UUID group) {
		this.group = group;
	}

	public List<UUID> getItems() {
		return items;
	}

	public void setItems(List<UUID> items) {
		this.items = items == null ? new ArrayList<>() : items;
	}
}
