package dk.traedesten.events;

/**
 * What an organisation pays, in øre: the net price before discount, the discount, VAT on the net after discount,
 * and the total. {@code total = net − discount + vat} always holds.
 *
 * @param licence the licence bought, or null for a price per person
 * @param persons the persons priced, all rounds together; 0 for a licence (unlimited staff)
 */
public record Quote(long netOre, int discountPercent, long discountOre, int vatPercent, long vatOre, long totalOre,
		LicenceClass licence, int persons) {
}
