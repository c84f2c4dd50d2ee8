package dk.traedesten.organisation;

import java.util.Optional;

/**
 * Which role grants a municipality's administrator may make. Plain rules, kept apart from storage so they
 * can be tested alone.
 */
public final class MembershipRules {

	private MembershipRules() {
	}

	/**
	 * Checks a grant of a role, in a unit or across the municipality.
	 * @return the message key of the problem, or empty when the grant is valid
	 */
	public static Optional<String> problemWith(Role role, boolean unitGiven) {
		if (role == Role.PLATFORM_ADMINISTRATOR) {
			// Platform-wide power is given by the operators of the platform, never from inside a municipality.
			return Optional.of("organisation.membership.error.platform-role");
		}
		if (role.heldInUnit() && !unitGiven) {
			return Optional.of("organisation.membership.error.unit-required");
		}
		return Optional.empty();
	}
}
