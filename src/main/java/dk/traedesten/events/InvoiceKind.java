package dk.traedesten.events;

/** An invoice, or a credit note that cancels one in full; both are numbered in the organiser's one series. */
public enum InvoiceKind {
	INVOICE, CREDIT_NOTE
}
