package dk.traedesten.events;

import java.time.LocalTime;

/** A run sheet line as the organiser writes it: time, what happens, who sees to it and a note. */
public record NewRunSheetRow(LocalTime startsAt, String title, String responsible, String note) {

	public NewRunSheetRow {
		title = title == null ? "" : title.strip();
		responsible = responsible == null ? "" : responsible.strip();
		note = note == null ? "" : note.strip();
	}
}
