package dk.traedesten.events;

import java.util.UUID;

/** A participant as the roundtables see them: who, from which municipality, in which role, area and unit. */
public record WebinarParticipant(UUID id, int municipalityCode, String name, String email, String jobTitle,
		ParticipantRole role, UUID area, UUID unit) {

	RoundtableAllocation.Person person() {
		return new RoundtableAllocation.Person(id, role, area, unit);
	}
}
