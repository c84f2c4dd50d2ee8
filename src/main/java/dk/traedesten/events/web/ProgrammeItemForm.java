package dk.traedesten.events.web;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
		if (description.length() > EventDraftForm.TEXT_MAX || speakers.length() > EventDraftForm.TEXT_MAX
				|| venue.length() > EventDraftForm.TEXT_MAX) {
			errors.reject("events.plan.error.text-too-long");
		}
		return !errors.hasErrors();
	}

	NewProgrammeItem item() {
		List<String> names = Arrays.stream(speakers.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		LocalTime end = EventDraftForm.time(endsAt);
		return new NewProgrammeItem(EventDraftForm.time(startsAt), end, kind(), null, title.strip(),
				description.strip(), names, venue.strip(), null, null);
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

	public String getVenue() {
		return venue;
	}

	public void setVenue(String venue) {
		this.venue = venue == null ? "" : venue;
	}
}
