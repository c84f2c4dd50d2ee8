package dk.traedesten.events;

import java.util.Comparator;
import java.util.List;

/**
 * An event's prices, all in øre and ex VAT. A municipality buys a licence for all its staff by its class; everyone
 * else pays per person, with the largest discount tier the organisation's persons exceed. Licence prices are all
 * null when the event offers no licence; a free event has zeros.
 *
 * @param populationThreshold the population that divides small from large municipalities
 * @param thresholdPaysLarge whether a municipality of exactly the threshold pays the large licence; seed 004 leaves
 *     it open, and the lower price is the default
 */
public record PriceList(Long islandLicenceOre, Long smallLicenceOre, Long largeLicenceOre, int populationThreshold,
		boolean thresholdPaysLarge, long perPersonOre, int vatPercent, List<DiscountTier> discounts) {

	public PriceList {
		if ((islandLicenceOre == null) != (smallLicenceOre == null)
				|| (smallLicenceOre == null) != (largeLicenceOre == null)) {
			throw new IllegalArgumentException("licence prices are given for all three classes or none");
		}
		if (perPersonOre < 0 || vatPercent < 0 || vatPercent > 100 || populationThreshold < 1) {
			throw new IllegalArgumentException("prices are not negative, VAT is 0–100 %");
		}
		discounts = discounts.stream().sorted(Comparator.comparingInt(DiscountTier::moreThanPersons)).toList();
	}

	/** The prices of an event that costs nothing. */
	public static PriceList free() {
		return new PriceList(null, null, null, 50_000, false, 0, 25, List.of());
	}

	public boolean offersLicence() {
		return islandLicenceOre != null;
	}

	public long licenceOre(LicenceClass licence) {
		if (!offersLicence()) {
			throw new IllegalStateException("this event offers no municipal licence");
		}
		return switch (licence) {
			case ISLAND -> islandLicenceOre;
			case SMALL -> smallLicenceOre;
			case LARGE -> largeLicenceOre;
		};
	}
}
