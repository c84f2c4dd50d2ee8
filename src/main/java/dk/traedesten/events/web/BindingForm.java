package dk.traedesten.events.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import dk.traedesten.events.PlannedEvent;

import org.springframework.validation.BindingResult;

/** The day registrations become binding, typed by the organiser; empty means never. */
public class BindingForm {

	private String bindingFrom = "";

	static BindingForm of(PlannedEvent event) {
		BindingForm form = new BindingForm();
		form.bindingFrom = event.bindingFrom() == null ? "" : event.bindingFrom().toString();
		return form;
	}

	boolean validate(PlannedEvent event, BindingResult errors) {
		if (bindingFrom.isBlank()) {
			return true;
		}
		LocalDate day = day();
		if (day == null) {
			errors.rejectValue("bindingFrom", "events.plan.error.date");
		}
		else if (day.isAfter(event.startsAt().toLocalDate())) {
			errors.rejectValue("bindingFrom", "events.offer.error.binding-after-event");
		}
		return !errors.hasErrors();
	}

	LocalDate day() {
		try {
			return bindingFrom.isBlank() ? null : LocalDate.parse(bindingFrom.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	public String getBindingFrom() {
		return bindingFrom;
	}

	public void setBindingFrom(String bindingFrom) {
		this.bindingFrom = bindingFrom == null ? "" : bindingFrom;
	}
}
