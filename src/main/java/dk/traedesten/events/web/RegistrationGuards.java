package dk.traedesten.events.web;

import dk.traedesten.events.Registrant;
import dk.traedesten.identity.SignedInUser;
import dk.traedesten.organisation.Role;

/**
 * Who registers (decisions 0011 and 0019): a municipality's strategy coordinator or administrator for its people; in
 * an organisation outside the municipalities, which has no such roles, each of its signed-in people for the
 * organisation. Anyone of either registers themselves.
 */
final class RegistrationGuards {

	static final String MUNICIPAL = "isAuthenticated() and (principal.municipalityCode() != null"
			+ " or principal.organisationId() != null)";

	static final String REGISTRAR = "isAuthenticated() and ((hasAnyRole('STRATEGY_COORDINATOR', 'ADMINISTRATOR')"
			+ " and principal.municipalityCode() != null)"
			+ " or (principal.municipalityCode() == null and principal.organisationId() != null))";

	private RegistrationGuards() {
	}

	static boolean registrar(SignedInUser user) {
		if (user.municipalityCode() == null) {
			return user.organisationId() != null;
		}
		return user.roles().contains(Role.STRATEGY_COORDINATOR) || user.roles().contains(Role.ADMINISTRATOR);
	}

	/** The user's municipality, or else their organisation. */
	static Registrant registrant(SignedInUser user) {
		return user.municipalityCode() != null ? Registrant.municipality(user.municipalityCode())
				: Registrant.organisation(user.organisationId());
	}
}
