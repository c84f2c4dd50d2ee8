package dk.traedesten.measures.data;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads a date as Danish offices write it: {@code 24-09-2021}, {@code 24.09.2021}, {@code 24/09/2021} or the ISO
 * {@code 2021-09-24}; day and month may have one digit ({@code 1.8.2021}). Read by hand, as an import reads one per
 * row.
 */
final class DanishDates {

	private DanishDates() {
	}

	/** The date, or null when the text is not one of the forms or no such day exists. */
	static LocalDate parse(String text) {
		int length = text.length();
		if (length < 8 || length > 10) {
			return null;
		}
		int[] parts = new int[3];
		int[] widths = new int[3];
		char separator = 0;
		int part = 0;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				parts[part] = parts[part] * 10 + (c - '0');
				widths[part]++;
			}
			else if ((c == '-' || c == '.' || c == '/') && part < 2 && (separator == 0 || c == separator)) {
				separator = c;
				part++;
			}
			else {
				return null;
			}
		}
		if (part != 2) {
			return null;
		}
		try {
			if (widths[0] == 4 && separator == '-' && widths[1] == 2 && widths[2] == 2) {
				return LocalDate.of(parts[0], parts[1], parts[2]);
			}
			if (widths[2] == 4 && widths[0] <= 2 && widths[1] <= 2 && widths[0] > 0 && widths[1] > 0) {
				return LocalDate.of(parts[2], parts[1], parts[0]);
			}
		}
		catch (DateTimeException ex) {
			return null;
		}
		return null;
	}
}
