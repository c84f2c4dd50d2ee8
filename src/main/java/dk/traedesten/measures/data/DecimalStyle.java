package dk.traedesten.measures.data;

/**
 * How a file writes its numbers: Danish offices write {@code 1.234,5} (decimal comma, dots between thousands), an
 * English export {@code 1,234.5}. The other mark may only group thousands, in groups of three, so
 * {@code 1.5} in a Danish file is refused rather than guessed at.
 */
public enum DecimalStyle {
	COMMA(',', '.'), POINT('.', ',');

	private final char decimal;

	private final char grouping;

	DecimalStyle(char decimal, char grouping) {
		this.decimal = decimal;
		this.grouping = grouping;
	}

	public char decimal() {
		return decimal;
	}

	public char grouping() {
		return grouping;
	}
}
