package dk.traedesten.events;

import java.util.UUID;

/**
 * Who holds an event: a municipality or another organisation such as KL, never both.
 *
 * @param name the municipality's or organisation's name, for showing
 */
public record Organiser(Integer municipalityCode, UUID organisationId, String name) {

	public Organiser {
		if ((municipalityCode == null) == (organisationId == null)) {
			throw new IllegalArgumentException("an event has exactly one organiser");
		}
	}

	public static Organiser municipality(int code, String name) {
		return new Organiser(code, null, name);
	}

	public static Organiser organisation(UUID id, String name) {
		return new Organiser(null, id, name);
	}
}
