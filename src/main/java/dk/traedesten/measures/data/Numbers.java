package dk.traedesten.measures.data;

import java.math.BigDecimal;

/** Numbers written back as Danish text: decimal comma, no grouping, no trailing zeros ({@code 12,5}, {@code 3}). */
public final class Numbers {

	private Numbers() {
	}

	public static String danish(Double value) {
		return value == null ? "" : plain(value).replace('.', ',');
	}

	static String plain(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
