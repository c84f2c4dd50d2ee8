package dk.traedesten.events;

/** A registration change the rules refuse, with its reason and what the message names. */
public class RegistrationRefusedException extends RuntimeException {

	public enum Reason {
		/** The registration is binding from the event's binding date: a seat cannot be given back. */
		BINDING,
		/** The person already holds a seat at the event. */
		ALREADY_REGISTERED,
		/** A round without anyone in it. */
		EMPTY_ROUND
	}

	private final Reason reason;

	private final transient Object[] details;

	public RegistrationRefusedException(Reason reason, Object... details) {
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
