package dk.traedesten.events;

/** A change to the roundtables that the rules refuse; nothing of it is saved. The details fill the message. */
public class RoundtableRefusedException extends RulesRefusedException {

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

	public RoundtableRefusedException(Reason reason, Object... details) {
		super(reason, details);
	}

	public Reason reason() {
		return (Reason) refusal();
	}
}
