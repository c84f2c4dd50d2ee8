package dk.traedesten.committees.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** Dates and times as the date and time inputs send them (2021-02-10, 15:30); null when they do not parse. */
final class FormDates {

	private FormDates() {
	}

	static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static LocalTime time(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalTime.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}
}
