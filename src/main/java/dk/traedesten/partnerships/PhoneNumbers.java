package dk.traedesten.partnerships;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Danish telephone numbers: eight digits, the first 2-9 (numbers starting with 0 or 1 are short and service
 * numbers, not a person's), optionally after +45 or 0045, with spaces, dashes or dots between digits as people
 * write them ("+45 56 57 12 34", "56-57-12-34").
 */
public final class PhoneNumbers {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");

	private static final Pattern SUBSCRIBER = Pattern.compile("[2-9][0-9]{7}");

	private PhoneNumbers() {
	}

	/** The number as stored ("+4556571234"), or empty when it is not a Danish number. */
	public static Optional<String> danish(String typed) {
		if (typed == null || typed.length() > 40) {
			return Optional.empty();
		}
		String digits = SEPARATORS.matcher(typed.strip()).replaceAll("");
		if (digits.startsWith("+45")) {
			digits = digits.substring(3);
		}
		else if (digits.startsWith("0045")) {
			digits = digits.substring(4);
		}
		return SUBSCRIBER.matcher(digits).matches() ? Optional.of("+45" + digits) : Optional.empty();
	}

	/** A stored number as Danes read it: "+45 56 57 12 34". */
	public static String display(String stored) {
		if (stored == null || !stored.startsWith("+45") || stored.length() != 11) {
			return stored;
		}
		String n = stored.substring(3);
		return "+45 " + n.substring(0, 2) + " " + n.substring(2, 4) + " " + n.substring(4, 6) + " " + n.substring(6);
	}
}
