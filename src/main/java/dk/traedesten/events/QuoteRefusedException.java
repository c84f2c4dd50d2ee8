package dk.traedesten.events;

/**
 * A quote that cannot be given, with the reason and what it names (a municipality, a year) for the message.
 */
public class QuoteRefusedException extends RulesRefusedException {

	/** Why: the first two are the asker's mistake (400), the last two something missing in the data (422). */
	public enum Reason {
		UNKNOWN_MUNICIPALITY, BAD_PERSONS, POPULATION_MISSING, NO_LICENCE, NO_PRICES
	}

	public QuoteRefusedException(Reason reason, Object... details) {
		super(reason, details);
	}

	public Reason reason() {
		return (Reason) refusal();
	}
}
