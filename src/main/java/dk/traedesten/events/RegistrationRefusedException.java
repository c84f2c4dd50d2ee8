package dk.traedesten.events;

/** A registration change the rules refuse, with its reason and what the message names. */
public class RegistrationRefusedException extends RulesRefusedException {

	public enum Reason {
		/** The registration is binding from the event's binding date: a seat cannot be given back. */
		BINDING,
		/** The person already holds a seat at the event. */
		ALREADY_REGISTERED,
		/** A round without anyone in it. */
		EMPTY_ROUND
	}

	public RegistrationRefusedException(Reason reason, Object... details) {
		super(reason, details);
	}

	public Reason reason() {
		return (Reason) refusal();
	}
}
