package dk.traedesten.strategy;

/** A change the strategy's rules refuse, with the form field it concerns (or null) and the message to show. */
public class StrategyChangeRefusedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public StrategyChangeRefusedException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
