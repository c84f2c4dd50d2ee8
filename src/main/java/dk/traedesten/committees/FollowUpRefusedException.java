package dk.traedesten.committees;

/** A follow-up change the rules refuse; the reason is a message key suffix under {@code followups.refusal.}. */
public class FollowUpRefusedException extends RuntimeException {

	private final String reason;

	public FollowUpRefusedException(String reason) {
		super(reason);
		this.reason = reason;
	}

	public String reason() {
		return reason;
	}
}
