package dk.traedesten.events;

import java.util.Locale;

/** A person to register: name, e-mail and job title, nothing more (no CPR number). */
public record NewParticipant(String name, String email, String jobTitle) {

	public NewParticipant {
		name = name == null ? "" : name.strip();
		email = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
		jobTitle = jobTitle == null ? "" : jobTitle.strip();
	}
}
