package dk.traedesten.committees;

/** An action the workflow does not allow from the item's (or meeting's) state. */
public class IllegalItemMoveException extends RuntimeException {

	private final String reason;

	public IllegalItemMoveException(String reason) {
		super(reason);
		this.reason = reason;
	}

	/** The message-bundle key suffix that says why, e.g. {@code not-ready}. */
	public String reason() {
		return reason;
	}
}
