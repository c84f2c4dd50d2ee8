package dk.traedesten.events;

/** Invoicing that cannot be done, with the reason for the organiser's message. */
public class InvoicingRefusedException extends RulesRefusedException {

	public enum Reason {
		/** The event has not ended yet: seed 004 invoices after the conference. */
		NOT_OVER,
		/** Invoicing was closed before; the invoices exist. */
		ALREADY_CLOSED,
		/** A municipality's price is missing (e.g. its population); nothing is written. */
		NOT_PRICED,
		/** The invoice has a credit note already. */
		ALREADY_CREDITED
	}

	public InvoicingRefusedException(Reason reason, Object... details) {
		super(reason, details);
	}

	public Reason reason() {
		return (Reason) refusal();
	}
}
