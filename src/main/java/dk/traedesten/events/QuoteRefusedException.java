package dk.traedesten.events;

/**
 * A quote that cannot be given, with the reason and what it names (a municipality, a year) for the message.
 */
public class QuoteRefusedException extends RuntimeException {

	/** Why: the first two are the asker's mistake (400), the last two something missing in the data (422). */
	public enum Reason {
		UNKNOWN_MUNICIPALITY, BAD_PERSONS, POPULATION_MISSING, NO_LICENCE, NO_PRICES
	}

	private final Reason reason;

	private final transient Object[] details;

	public QuoteRefusedException(Reason reason, Object... details) {
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
