package dk.traedesten.spc;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * An x read as Double.parseDouble and LocalDate.parse read it, without their cost for the common shapes: plain digits,
 * and yyyy-MM-dd. Anything else goes to those methods, so the answers are theirs.
 */
final class XKeys {

	/** Numbers with at most this many digits and no sign, point or exponent are read exactly as a long. */
	private static final int PLAIN_DIGITS = 15;

	/** The only keys Double.parseDouble reads as NaN. */
	static final List<String> NOT_A_NUMBER = List.of("NaN", "+NaN", "-NaN");

	private XKeys() {
	}

	/** The key as Double.parseDouble reads it, or NaN when it reads none. */
	static double number(String key) {
		int length = key.length();
		if (length <= PLAIN_DIGITS) {
			long value = 0;
			int i = 0;
			while (i < length && key.charAt(i) >= '0' && key.charAt(i) <= '9') {
				value = value * 10 + (key.charAt(i++) - '0');
			}
			if (i == length && length > 0) {
				return value;
			}
		}
		for (int i = 1; i < length; i++) {
			char c = key.charAt(i);
			// a sign inside a number only follows an exponent: an ISO date is refused here without an exception
			if ((c == '-' || c == '+') && "eEpP".indexOf(key.charAt(i - 1)) < 0) {
				return Double.NaN;
			}
		}
		try {
			return Double.parseDouble(key);
		}
		catch (NumberFormatException e) {
			return Double.NaN;
		}
	}

	/** The key's epoch day as LocalDate.parse reads an ISO date, or NaN when it reads none. */
	static double epochDay(String key) {
		if (key.length() == 10 && key.charAt(4) == '-' && key.charAt(7) == '-') {
			int year = digits(key, 0, 4);
			int month = digits(key, 5, 7);
			int day = digits(key, 8, 10);
			if (year >= 0 && month >= 0 && day >= 0) {
				try {
					return LocalDate.of(year, month, day).toEpochDay();
				}
				catch (DateTimeException e) {
					return Double.NaN;
				}
			}
		}
		try {
			return LocalDate.parse(key).toEpochDay();
		}
		catch (DateTimeException e) {
			return Double.NaN;
		}
	}

	/** The ASCII digits from {@code from} to {@code to} as a number, or −1 if any is not a digit. */
	private static int digits(String s, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}
}
