package dk.traedesten.events;

import java.util.List;

/**
 * Seed 004's prices as rules. Amounts are øre; the discount and the VAT are worked out once on the organisation's
 * whole invoice and rounded half up to the øre there, never per person or per round, so the registrations of all
 * rounds give the same invoice as one registration of everybody.
 */
public final class PricingRules {

	/** Danish VAT (moms), which every price list of an event charges. */
	public static final int DANISH_VAT_PERCENT = 25;

	private PricingRules() {
	}

	/** The licence class of a municipality; the population is null when it is not known. */
	public static LicenceClass licenceClass(PriceList prices, boolean island, Integer population) {
		if (island) {
			return LicenceClass.ISLAND;
		}
		if (population == null) {
			throw new IllegalArgumentException("a municipality's licence class needs its population");
		}
		if (population == prices.populationThreshold()) {
			return prices.thresholdPaysLarge() ? LicenceClass.LARGE : LicenceClass.SMALL;
		}
		return population < prices.populationThreshold() ? LicenceClass.SMALL : LicenceClass.LARGE;
	}

	/** A municipality's licence: unlimited staff, one price, no discount. */
	public static Quote licence(PriceList prices, LicenceClass licence) {
		return invoice(prices, prices.licenceOre(licence), 0, licence, 0);
	}

	/** Everyone else: the persons of all rounds counted together, then the discount their number reaches. */
	public static Quote perPerson(PriceList prices, List<Integer> rounds) {
		int persons = 0;
		for (int round : rounds) {
			if (round < 0) {
				throw new IllegalArgumentException("a round registers no negative number of persons");
			}
			persons = Math.addExact(persons, round);
		}
		long net = Math.multiplyExact(prices.perPersonOre(), persons);
		return invoice(prices, net, discountPercent(prices, persons), null, persons);
	}

	/** The percentage of the largest tier whose limit {@code persons} exceeds; 0 when none. */
	public static int discountPercent(PriceList prices, int persons) {
		int percent = 0;
		for (DiscountTier tier : prices.discounts()) {
			if (persons > tier.moreThanPersons()) {
				percent = tier.percent();
			}
		}
		return percent;
	}

	private static Quote invoice(PriceList prices, long net, int discountPercent, LicenceClass licence, int persons) {
		long discount = percentHalfUp(net, discountPercent);
		long vat = percentHalfUp(net - discount, prices.vatPercent());
		return new Quote(net, discountPercent, discount, prices.vatPercent(), vat, net - discount + vat, licence,
				persons);
	}

	/** {@code percent} % of a non-negative amount in øre, rounded half up to the øre. */
	static long percentHalfUp(long ore, int percent) {
		return Math.floorDiv(Math.addExact(Math.multiplyExact(ore, percent), 50), 100);
	}
}
