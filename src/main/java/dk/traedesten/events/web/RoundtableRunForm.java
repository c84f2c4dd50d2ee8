package dk.traedesten.events.web;

import dk.traedesten.events.Roundtables;

import org.springframework.validation.Errors;

/** Running the allocation: seats per table as typed, and whether the moves by hand are reset. */
public class RoundtableRunForm {

	private String capacity = "40";

	private boolean reset;

	public String getCapacity() {
		return capacity;
	}

	public void setCapacity(String capacity) {
		this.capacity = capacity == null ? "" : capacity;
	}

	public boolean isReset() {
		return reset;
	}

	public void setReset(boolean reset) {
		this.reset = reset;
	}

	/** The seats per table, or 0 with a field error when it is not a whole number from 1 to the maximum. */
	int capacity(Errors errors) {
		try {
			int seats = Integer.parseInt(capacity.strip());
			if (seats >= 1 && seats <= Roundtables.MAX_CAPACITY) {
				return seats;
			}
		}
		catch (NumberFormatException notANumber) {
			// answered below like a number out of range
		}
		errors.rejectValue("capacity", "roundtables.error.capacity", new Object[] { Roundtables.MAX_CAPACITY }, null);
		return 0;
	}
}
