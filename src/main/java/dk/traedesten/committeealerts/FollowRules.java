package dk.traedesten.committeealerts;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a sign-up must hold before anything is stored or mailed: a plausible address, search words within bounds, and
 * no more than {@link #MAX_SIGNUPS_PER_HOUR} sign-ups an hour for one address, so the form cannot be used to flood
 * someone's inbox with confirmation mails.
 */
public final class FollowRules {

	public static final int MAX_SIGNUPS_PER_HOUR = 5;

	public static final int MAX_WORDS_LENGTH = 200;

	// Deliberately loose: one @, something on each side, a dot in the domain, no spaces. The confirmation mail is the
	// real check of an address.
	private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

	private FollowRules() {
	}

	/** The address as stored: trimmed and lower case, so one person's sign-ups count together. */
	public static String normalisedAddress(String address) {
		return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
	}

	/** Why an address is refused ("required", "invalid"), or empty when it is acceptable. */
	public static Optional<String> addressRefusal(String address) {
		String normalised = normalisedAddress(address);
		if (normalised.isEmpty()) {
			return Optional.of("required");
		}
		if (normalised.length() > 254 || !ADDRESS.matcher(normalised).matches()) {
			return Optional.of("invalid");
		}
		return Optional.empty();
	}

	/** Why search words are refused ("required", "too-long"), or empty when they are acceptable. */
	public static Optional<String> wordsRefusal(String words) {
		String stripped = words == null ? "" : words.strip();
		if (stripped.isEmpty()) {
			return Optional.of("required");
		}
		if (stripped.length() > MAX_WORDS_LENGTH) {
			return Optional.of("too-long");
		}
		return Optional.empty();
	}

	/** Whether one more sign-up is allowed after {@code recentSignups} in the last hour. */
	public static boolean signupAllowed(int recentSignups) {
		return recentSignups < MAX_SIGNUPS_PER_HOUR;
	}
}
