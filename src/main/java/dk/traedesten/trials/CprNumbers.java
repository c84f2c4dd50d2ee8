package dk.traedesten.trials;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Danish CPR numbers in free text so they are refused before anything is stored or logged. A CPR
 * number is ddmmyy-ssss or ddmmyyssss whose first six digits are a real date; the first serial digit gives
 * the century (CPR-kontoret's table), so 29 February counts only in the years it exists. The modulus-11 check
 * is not applied: numbers issued since 2007 need not pass it.
 */
public final class CprNumbers {

	private static final Pattern CANDIDATE = Pattern.compile("(?<!\\d)(\\d{2})(\\d{2})(\\d{2})-?(\\d)\\d{3}(?!\\d)");

	private CprNumbers() {
	}

	public static boolean containsCpr(String text) {
		if (text == null || text.length() < 10) {
			return false;
		}
		Matcher matcher = CANDIDATE.matcher(text);
		while (matcher.find()) {
			if (validDate(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)), matcher.group(4).charAt(0) - '0')) {
				return true;
			}
		}
		return false;
	}

	private static boolean validDate(int day, int month, int yearInCentury, int firstSerialDigit) {
		try {
			LocalDate.of(century(yearInCentury, firstSerialDigit) + yearInCentury, month, day);
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	private static int century(int year, int digit) {
		if (digit <= 3) {
			return 1900;
		}
		if (digit == 4 || digit == 9) {
			return year <= 36 ? 2000 : 1900;
		}
		return year <= 57 ? 2000 : 1800;
	}
}
