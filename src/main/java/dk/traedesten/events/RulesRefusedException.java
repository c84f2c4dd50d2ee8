package dk.traedesten.events;

/**
 * A change the events' rules refuse, with the reason (an enum of the subclass) and the values its message names.
 * Nothing of a refused change is saved.
 */
public abstract class RulesRefusedException extends RuntimeException {

	private final Enum<?> reason;

	private final transient Object[] details;

	protected RulesRefusedException(Enum<?> reason, Object... details) {
		super(reason.name());
		this.reason = reason;
		this.details = details.clone();
	}

	/** The reason as the subclass's own enum, for its typed {@code reason()}. */
	protected final Enum<?> refusal() {
		return reason;
	}

	public Object[] details() {
		return details.clone();
	}
}
