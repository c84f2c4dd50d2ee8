package dk.traedesten.events.web;

import dk.traedesten.identity.SignedInUser;
import dk.traedesten.organisation.Role;

/** Who registers (decision 0011): a municipality's strategy coordinator or administrator for its people. */
final class RegistrationGuards {

	static final String MUNICIPAL = "isAuthenticated() and principal.municipalityCode() != null";

	static final String REGISTRAR = "hasAnyRole('STRATEGY_COORDINATOR', 'ADMINISTRATOR')"
			+ " and principal.municipalityCode() != null";

	private RegistrationGuards() {
	}

	static boolean registrar(SignedInUser user) {
		return user.roles().contains(Role.STRATEGY_COORDINATOR) || user.roles().contains(Role.ADMINISTRATOR);
	}
}
