package dk.traedesten.events.web;

import java.util.Arrays;
import java.util.UUID;

import dk.traedesten.events.ParticipantRole;

import org.springframework.validation.Errors;

/**
 * A participant's role, area and unit at a webinar with area roundtables (decision 0015): read from the form's text,
 * checked at their fields. A person of an area-bound role (a school leader, say) names the area or a unit in it.
 */
final class WebinarFields {

	private WebinarFields() {
	}

	static void check(PersonFields person, String prefix, Errors errors) {
		if (!person.getRole().isBlank() && role(person.getRole()) == null) {
			errors.rejectValue(prefix + "role", "roundtables.registration.error.role");
		}
		if (!person.getArea().isBlank() && id(person.getArea()) == null) {
			errors.rejectValue(prefix + "area", "roundtables.registration.error.area-unknown");
		}
		if (!person.getUnit().isBlank() && id(person.getUnit()) == null) {
			errors.rejectValue(prefix + "unit", "roundtables.registration.error.unit-unknown");
		}
		ParticipantRole role = role(person.getRole());
		if (role != null && role.areaBound() && person.getArea().isBlank() && person.getUnit().isBlank()) {
			errors.rejectValue(prefix + "area", "roundtables.registration.error.area");
		}
	}

	static ParticipantRole role(String text) {
		return Arrays.stream(ParticipantRole.values()).filter(role -> role.name().equals(text)).findFirst().orElse(null);
	}

	static UUID id(String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}
}
