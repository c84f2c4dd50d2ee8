package dk.traedesten.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An invoice or a credit note for one registrant's registrations at an event (a municipality or an organisation), amounts in øre ex VAT as the pricing
 * engine gave them. A credit note repeats the invoice's amounts; the documents say which way the money goes.
 *
 * @param credits the invoice a credit note cancels, or null
 * @param creditsNumber that invoice's number, or null
 * @param buyerEan the buyer's EAN (GLN), or null when none is known; the e-invoice needs one
 * @param licence the licence invoiced, or null for persons
 */
public record Invoice(UUID id, UUID eventId, Registrant buyer, int number, InvoiceKind kind, UUID credits,
		Integer creditsNumber, LocalDate issuedOn, String buyerName, String buyerEan, LicenceClass licence,
		int quantity, long unitPriceOre, long netOre, int discountPercent, long discountOre, int vatPercent,
		long vatOre, long totalOre) {

	/** The buying municipality, or null when the buyer is an organisation outside the municipalities. */
	public Integer municipalityCode() {
		return buyer.municipalityCode();
	}

	public boolean creditNote() {
		return kind == InvoiceKind.CREDIT_NOTE;
	}
}
