package dk.traedesten.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be. Length is what makes a password strong, so that is the rule (NIST SP 800-63B);
 * no composition rules, but obvious choices are refused.
 */
public final class PasswordRules {

	public static final int MINIMUM_LENGTH = 12;

	public static final int MAXIMUM_LENGTH = 128;

	private static final Set<String> OBVIOUS = Set.of("123456789012", "password1234", "adgangskode1", "adgangskode12",
			"qwertyuiopåø", "traedesten12", "trædesten123", "sommerfugl12", "kodeord12345");

	private PasswordRules() {
	}

	/** @return the message key of the first broken rule, or empty when the password is acceptable */
	public static Optional<String> problemWith(String password, String repeated, String email) {
		int length = password == null ? 0 : password.codePointCount(0, password.length());
		if (length < MINIMUM_LENGTH) {
			return Optional.of("identity.password.error.too-short");
		}
		if (length > MAXIMUM_LENGTH) {
			return Optional.of("identity.password.error.too-long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (OBVIOUS.contains(lower) || (email != null && lower.contains(email.toLowerCase(Locale.ROOT)))
				|| password.chars().distinct().count() < 4) {
			return Optional.of("identity.password.error.obvious");
		}
		if (!password.equals(repeated)) {
			return Optional.of("identity.password.error.mismatch");
		}
		return Optional.empty();
	}
}
