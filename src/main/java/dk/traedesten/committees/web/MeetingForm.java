package dk.traedesten.committees.web;

import org.springframework.validation.BindingResult;

/** A new meeting: date, start time and place ("Teams" is a place too). */
class MeetingForm {

	static final int PLACE_MAX = 200;

	private String meetsOn = "";

	private String startsAt = "";

	private String place = "";

	boolean validate(BindingResult errors) {
		if (FormDates.date(meetsOn) == null) {
			errors.rejectValue("meetsOn", meetsOn.isBlank() ? "committees.error.date-required" : "committees.error.date");
		}
		if (FormDates.time(startsAt) == null) {
			errors.rejectValue("startsAt", startsAt.isBlank() ? "committees.error.time-required" : "committees.error.time");
		}
		if (place.isBlank()) {
			errors.rejectValue("place", "committees.error.place-required");
		}
		else if (place.strip().length() > PLACE_MAX) {
			errors.rejectValue("place", "committees.error.too-long", new Object[] { PLACE_MAX }, null);
		}
		return !errors.hasErrors();
	}

	public String getMeetsOn() {
		return meetsOn;
	}

	public void setMeetsOn(String meetsOn) {
		this.meetsOn = meetsOn == null ? "" : meetsOn;
	}

	public String getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(String startsAt) {
		this.startsAt = startsAt == null ? "" : startsAt;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place == null ? "" : place;
	}
}
