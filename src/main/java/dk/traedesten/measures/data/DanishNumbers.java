package dk.traedesten.measures.data;

/**
 * Reads a number as a person typed it, by hand and fast (an import reads millions): an optional minus, digits
 * optionally grouped by thousands (the style's grouping mark, a space or a non-breaking space; three digits a
 * group after the first), and a decimal part after the style's decimal mark. Anything else is not a number, and
 * the caller names the cell.
 */
final class DanishNumbers {

	/** Integers up to 15 digits are exact doubles, and one division by an exact power of ten rounds correctly. */
	private static final int EXACT_DIGITS = 15;

	private static final double[] POWERS = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
			1e13, 1e14, 1e15 };

	private DanishNumbers() {
	}

	/** The number, or NaN when the text is not one (no typed number reads as NaN). */
	static double parse(String text, DecimalStyle style) {
		int length = text.length();
		int i = 0;
		boolean negative = length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '\u2212');
		if (negative) {
			i++;
		}
		long digits = 0;
		int count = 0;
		int integerDigits = 0;
		int groupDigits = 0;
		char groupMark = 0;
		for (; i < length; i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits = digits * 10 + (c - '0');
				count++;
				integerDigits++;
				groupDigits++;
			}
			else if (c == style.grouping() || c == ' ' || c == '\u00a0') {
				boolean first = groupMark == 0;
				if (groupDigits == 0 || first && groupDigits > 3 || !first && (groupDigits != 3 || c != groupMark)) {
					return Double.NaN;
				}
				groupMark = c;
				groupDigits = 0;
			}
			else {
				break;
			}
		}
		if (integerDigits == 0 || groupMark != 0 && groupDigits != 3) {
			return Double.NaN;
		}
		int scale = 0;
		if (i < length) {
			if (text.charAt(i) != style.decimal() || i == length - 1) {
				return Double.NaN;
			}
			for (i++; i < length; i++) {
				char c = text.charAt(i);
				if (c < '0' || c > '9') {
					return Double.NaN;
				}
				digits = digits * 10 + (c - '0');
				count++;
				scale++;
			}
		}
		if (count > EXACT_DIGITS) {
			return slow(text, style);
		}
		double value = digits / POWERS[scale];
		return negative ? -value : value;
	}

	private static double slow(String text, DecimalStyle style) {
		StringBuilder plain = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == style.decimal()) {
				plain.append('.');
			}
			else if (c == '\u2212') {
				plain.append('-');
			}
			else if (c != style.grouping() && c != ' ' && c != '\u00a0') {
				plain.append(c);
			}
		}
		return Double.parseDouble(plain.toString());
	}
}
