package dk.traedesten.organisation;

import java.util.regex.Pattern;

/** Reads whole numbers as Danes write them: "667099", "667.099" or "667 099" (also with a no-break space). */
final class WholeNumbers {

	/** Larger than any Danish municipality will be; a bigger figure is a mistake in the file. */
	static final long LARGEST_POPULATION = 2_000_000;

	private static final Pattern PLAIN = Pattern.compile("-?\\d{1,12}");

	private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(?:[. \u00A0\u202F]\\d{3}){1,3}");

	private WholeNumbers() {
	}

	/** The number, or null when the text is not a whole number. */
	static Long parse(String text) {
		String tidy = text.strip().replace('\u2212', '-');
		if (PLAIN.matcher(tidy).matches() || GROUPED.matcher(tidy).matches()) {
			return Long.valueOf(tidy.replaceAll("[. \u00A0\u202F]", ""));
		}
		return null;
	}
}
