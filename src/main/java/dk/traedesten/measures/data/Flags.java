package dk.traedesten.measures.data;

import java.util.Locale;
import java.util.Set;

/** Yes or no as a cell says it: ja/nej, x, 1/0, sand/falsk, yes/no, true/false; empty is no. */
final class Flags {

	private static final Set<String> YES = Set.of("ja", "j", "x", "1", "sand", "yes", "y", "true");

	private static final Set<String> NO = Set.of("", "nej", "n", "0", "falsk", "no", "false", "-");

	private Flags() {
	}

	/** True, false, or null when the text is neither. */
	static Boolean parse(String text) {
		if (text.isEmpty()) {
			return Boolean.FALSE;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		if (YES.contains(lower)) {
			return Boolean.TRUE;
		}
		return NO.contains(lower) ? Boolean.FALSE : null;
	}
}
