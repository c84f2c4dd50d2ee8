package dk.traedesten.partnerships;

/** A person the rules refuse, with the form field and the bundle key of the Danish reason. */
public class MemberRefusedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public MemberRefusedException(String field, String messageKey) {
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
