package dk.traedesten.events.web;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import dk.traedesten.events.NewRunSheetRow;
import dk.traedesten.events.PlannedEvent;
import dk.traedesten.events.RunSheetRow;
import dk.traedesten.events.RunSheetRules;

import org.springframework.validation.BindingResult;

/** A run sheet line as typed: time ("08:15" or "08.15"), what happens, who sees to it, a note. */
public class RunSheetRowForm {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH.mm");

	private String startsAt = "";

	private String title = "";

	private String responsible = "";

	private String note = "";

	static RunSheetRowForm of(RunSheetRow row) {
		RunSheetRowForm form = new RunSheetRowForm();
		form.startsAt = row.startsAt().toString();
		form.title = row.title();
		form.responsible = row.responsible();
		form.note = row.note();
		return form;
	}

	NewRunSheetRow row() {
		return new NewRunSheetRow(EventDraftForm.time(startsAt.strip().replace('.', ':')), title, responsible, note);
	}

	boolean validate(PlannedEvent event, BindingResult errors) {
		reject(RunSheetRules.problems(row(), event.startsAt(), event.endsAt()), event, errors);
		return !errors.hasErrors();
	}

	static void reject(Map<String, String> problems, PlannedEvent event, BindingResult errors) {
		Object[] window = { RunSheetRules.earliest(event.startsAt()).format(CLOCK),
				RunSheetRules.latest(event.startsAt(), event.endsAt()).format(CLOCK) };
		problems.forEach((field, key) -> errors.rejectValue(field, key, window, null));
	}

	public String getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(String startsAt) {
		this.startsAt = startsAt == null ? "" : startsAt;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title == null ? "" : title;
	}

	public String getResponsible() {
		return responsible;
	}

	public void setResponsible(String responsible) {
		this.responsible = responsible == null ? "" : responsible;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note == null ? "" : note;
	}
}
