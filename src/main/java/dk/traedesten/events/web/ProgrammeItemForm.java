package dk.traedesten.events.web;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dk.traedesten.events.ChoiceGroup;
import dk.traedesten.events.EventDraftRules;
import dk.traedesten.events.NewProgrammeItem;
import dk.traedesten.events.PlannedEvent;
import dk.traedesten.events.ProgrammeItemKind;

import org.springframework.validation.BindingResult;

/** A programme item to add: times, kind, title, description, speakers (one per line) and venue. */
public class ProgrammeItemForm {

	private String startsAt = "";

	private String endsAt = "";

	private String kind = "";

	private String title = "";

	private String description = "";

	private String speakers = "";

	private String venue = "";

	private String group = "";

	private String capacity = "";

	/** The most seats a session can have by hand: more is a typing error. */
	static final int CAPACITY_MAX = 100_000;

	boolean validate(PlannedEvent event, BindingResult errors) {
		if (kind() == null) {
			errors.rejectValue("kind", "events.plan.error.item-kind");
		}
		if (!endsAt.isBlank() && EventDraftForm.time(endsAt) == null) {
			errors.rejectValue("endsAt", "events.plan.error.time");
		}
		Map<String, String> problems = EventDraftRules.itemProblems(title, EventDraftForm.time(startsAt),
				EventDraftForm.time(endsAt), event.startsAt().toLocalTime(), event.endsAt().toLocalTime());
		problems.forEach((field, key) -> {
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, key);
			}
		});
		if (!group.isBlank() && groupName(event) == null) {
			errors.rejectValue("group", "events.offer.error.group");
		}
		if (!capacity.isBlank() && capacity() == null) {
			errors.rejectValue("capacity", "events.offer.error.capacity");
		}
		if (description.length() > EventDraftForm.TEXT_MAX || speakers.length() > EventDraftForm.TEXT_MAX
				|| venue.length() > EventDraftForm.TEXT_MAX) {
			errors.reject("events.plan.error.text-too-long");
		}
		return !errors.hasErrors();
	}

	NewProgrammeItem item(PlannedEvent event) {
		List<String> names = Arrays.stream(speakers.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		LocalTime end = EventDraftForm.time(endsAt);
		return new NewProgrammeItem(EventDraftForm.time(startsAt), end, kind(), null, title.strip(),
				description.strip(), names, venue.strip(), groupName(event), capacity());
	}

	/** The chosen group's name, or null when none is chosen or the group is not the event's. */
	private String groupName(PlannedEvent event) {
		return event.groups().stream().filter(candidate -> candidate.id().toString().equals(group.strip()))
			.map(ChoiceGroup::name).findFirst().orElse(null);
	}

	private Integer capacity() {
		String text = capacity.strip();
		if (!text.matches("\\d{1,6}")) {
			return null;
		}
		int seats = Integer.parseInt(text);
		return seats >= 1 && seats <= CAPACITY_MAX ? seats : null;
	}

	private ProgrammeItemKind kind() {
		try {
			return kind.isBlank() ? null : ProgrammeItemKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public String getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(String startsAt) {
		this.startsAt = startsAt == null ? "" : startsAt;
	}

	public String getEndsAt() {
		return endsAt;
	}

	public void setEndsAt(String endsAt) {
		this.endsAt = endsAt == null ? "" : endsAt;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind == null ? "" : kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title == null ? "" : title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description == null ? "" : description;
	}

	public String getSpeakers() {
		return speakers;
	}

	public void setSpeakers(String speakers) {
		this.speakers = speakers == null ? "" : speakers;
	}

	public String getGroup() {
		return group;
	}

	public void setGroup(String group) {
		this.group = group == null ? "" : group;
	}

	public String getCapacity() {
		return capacity;
	}

	public void setCapacity(String capacity) {
		this.capacity = capacity == null ? "" : capacity;
	}

	public String getVenue() {
		return venue;
	}

	public void setVenue(String venue) {
		this.venue = venue == null ? "" : venue;
	}
}
