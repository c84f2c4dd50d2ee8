package dk.traedesten.events.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dk.traedesten.events.RegistrationRules;

import org.springframework.validation.Errors;

/** Checks people's fields at their fields, in Danish through the bundle. */
final class PersonValidation {

	private PersonValidation() {
	}

	static void check(PersonFields person, String prefix, Errors errors) {
		if (person.getName().isBlank()) {
			errors.rejectValue(prefix + "name", "events.registration.error.name");
		}
		if (!RegistrationRules.plausibleEmail(person.getEmail())) {
			errors.rejectValue(prefix + "email", "events.registration.error.email");
		}
		WebinarFields.check(person, prefix, errors);
	}

	/** Every filled row checked, the same e-mail twice refused, and at least one person. */
	static void checkRound(List<PersonFields> people, Errors errors) {
		Set<String> seen = new HashSet<>();
		boolean anyone = false;
		for (int i = 0; i < people.size(); i++) {
			PersonFields person = people.get(i);
			if (person.blank()) {
				continue;
			}
			anyone = true;
			String prefix = "people[" + i + "].";
			check(person, prefix, errors);
			if (!person.getEmail().isBlank() && !seen.add(person.getEmail().strip().toLowerCase(Locale.ROOT))) {
				errors.rejectValue(prefix + "email", "events.registration.error.twice");
			}
		}
		if (!anyone) {
			errors.rejectValue("people[0].name", "events.registration.error.nobody");
		}
	}
}
