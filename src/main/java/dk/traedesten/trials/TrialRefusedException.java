package dk.traedesten.trials;

/**
 * A change the trials module refuses for a reason the user can fix: the message key says why in Danish, and
 * the field (may be null) says where. Nothing of the change has been stored.
 */
public class TrialRefusedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public TrialRefusedException(String field, String messageKey) {
		super(messageKey + (field == null ? "" : " on " + field));
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
