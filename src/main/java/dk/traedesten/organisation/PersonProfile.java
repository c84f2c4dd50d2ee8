package dk.traedesten.organisation;

import java.util.List;
import java.util.UUID;

/**
 * Who a person is and which roles they hold: what sign-in needs to build a session.
 *
 * @param municipalityCode the tenant the person works in, or null for people of other organisations
 * @param organisationId the organisation outside the municipalities the person works for (KL, say), or null
 * @param organisationName that organisation's name, or null
 */
public record PersonProfile(UUID id, String name, String email, Integer municipalityCode, UUID organisationId,
		String organisationName, List<HeldRole> roles) {

	/** A role, and the unit it is held in (null for roles across the municipality). */
	public record HeldRole(Role role, UUID unitId, String unitName) {
	}

	public boolean holds(Role role) {
		return roles.stream().anyMatch(held -> held.role() == role);
	}
}
