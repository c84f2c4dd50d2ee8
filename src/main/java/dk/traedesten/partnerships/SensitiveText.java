package dk.traedesten.partnerships;

import java.util.regex.Pattern;

/**
 * The call-me-back form must not collect CPR numbers: text that holds ten digits written as a CPR number
 * (ddmmyy-xxxx or ten digits in a row) is refused. A plain pattern, because refusing a look-alike costs the caller
 * one retyping, while storing a real number would be a breach.
 */
public final class SensitiveText {

	private static final Pattern CPR = Pattern.compile("(?<!\\d)[0-3]\\d[01]\\d{3}[\\s-]?\\d{4}(?!\\d)");

	private SensitiveText() {
	}

	public static boolean looksLikeCpr(String text) {
		return text != null && CPR.matcher(text).find();
	}
}
