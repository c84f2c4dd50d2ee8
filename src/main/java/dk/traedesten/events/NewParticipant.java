package dk.traedesten.events;

import java.util.Locale;
import java.util.UUID;

/**
 * A person to register: name, e-mail and job title, nothing more (no CPR number); at a webinar with area
 * roundtables also their role, area and unit (each may be null).
 */
public record NewParticipant(String name, String email, String jobTitle, ParticipantRole role, UUID area, UUID unit) {

	public NewParticipant {
		name = name == null ? "" : name.strip();
		email = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
		jobTitle = jobTitle == null ? "" : jobTitle.strip();
	}

	public NewParticipant(String name, String email, String jobTitle) {
		this(name, email, jobTitle, null, null, null);
	}
}
