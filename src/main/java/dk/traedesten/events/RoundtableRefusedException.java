package dk.traedesten.events;

/** A change to the roundtables that the rules refuse; nothing of it is saved. The details fill the message. */
public class RoundtableRefusedException extends RuntimeException {

	public enum Reason {
		/** More committee members than seats at the City Hall table. */
		COMMITTEE_TOO_LARGE,
		/** The table moved to has no free seat. */
		TABLE_FULL,
		/** Committee members sit at the City Hall table. */
		COMMITTEE_STAYS,
		/** A table's seats must be a whole number from 1 to 500. */
		CAPACITY
	}

	private final Reason reason;

	private final transient Object[] details;

	public RoundtableRefusedException(Reason reason, Object... details) {
		super(reason.name());
		this.reason = reason;
		this.details = details.clone();
	}

	public Reason reason() {
		return reason;
	}

	public Object[] details() {
		return details.clone();
	}
}
