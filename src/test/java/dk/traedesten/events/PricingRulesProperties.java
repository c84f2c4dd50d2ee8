package dk.traedesten.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Seed 004's prices: the licence classes, the price per person with its discounts, VAT and the rounding. */
class PricingRulesProperties {

	/** Seed 004: licences of 10,000, 20,000 and 25,000 DKK, 1,945 DKK a person, over 10 → 10 %, over 20 → 20 %. */
	static final PriceList SUMMIT = new PriceList(10_000_00L, 20_000_00L, 25_000_00L, 50_000, false, 1_945_00L, 25,
			List.of(new DiscountTier(20, 20), new DiscountTier(10, 10)));

	@Example
	void tenPersonsGetNoDiscountElevenGetTenPercent() {
		assertThat(PricingRules.discountPercent(SUMMIT, 10)).isZero();
		assertThat(PricingRules.discountPercent(SUMMIT, 11)).isEqualTo(10);
		assertThat(PricingRules.discountPercent(SUMMIT, 20)).isEqualTo(10);
		assertThat(PricingRules.discountPercent(SUMMIT, 21)).isEqualTo(20);
	}

	@Example
	void elevenPersonsAreWorkedOutToTheOre() {
		// 11 × 1,945.00 = 21,395.00; 10 % = 2,139.50; VAT 25 % of 19,255.50 = 4,813.875 → 4,813.88 (half up);
		// total 19,255.50 + 4,813.88 = 24,069.38.
		Quote quote = PricingRules.perPerson(SUMMIT, List.of(11));
		assertThat(quote).extracting(Quote::netOre, Quote::discountPercent, Quote::discountOre, Quote::vatOre,
				Quote::totalOre).containsExactly(21_395_00L, 10, 2_139_50L, 4_813_88L, 24_069_38L);
	}

	@Example
	void twentyOnePersonsGetTwentyPercentOffTheWholeInvoice() {
		// 21 × 1,945.00 = 40,845.00; 20 % = 8,169.00; VAT 25 % of 32,676.00 = 8,169.00; total 40,845.00.
		Quote quote = PricingRules.perPerson(SUMMIT, List.of(21));
		assertThat(quote).extracting(Quote::netOre, Quote::discountOre, Quote::vatOre, Quote::totalOre)
			.containsExactly(40_845_00L, 8_169_00L, 8_169_00L, 40_845_00L);
	}

	@Example
	void roundsOfSixAndFiveAreElevenPersonsWithTheDiscount() {
		assertThat(PricingRules.perPerson(SUMMIT, List.of(6, 5))).isEqualTo(PricingRules.perPerson(SUMMIT, List.of(11)));
		assertThat(PricingRules.perPerson(SUMMIT, List.of(6, 5)).discountPercent()).isEqualTo(10);
	}

	@Example
	void theLicenceClassesOfSeedFour() {
		assertThat(PricingRules.licenceClass(SUMMIT, true, 1_000_000)).isEqualTo(LicenceClass.ISLAND);
		assertThat(PricingRules.licenceClass(SUMMIT, true, null)).isEqualTo(LicenceClass.ISLAND);
		assertThat(PricingRules.licenceClass(SUMMIT, false, 49_999)).isEqualTo(LicenceClass.SMALL);
		assertThat(PricingRules.licenceClass(SUMMIT, false, 50_000)).isEqualTo(LicenceClass.SMALL);
		assertThat(PricingRules.licenceClass(SUMMIT, false, 50_001)).isEqualTo(LicenceClass.LARGE);
		PriceList boundaryPaysLarge = new PriceList(10_000_00L, 20_000_00L, 25_000_00L, 50_000, true, 1_945_00L, 25,
				SUMMIT.discounts());
		assertThat(PricingRules.licenceClass(boundaryPaysLarge, false, 50_000)).isEqualTo(LicenceClass.LARGE);
		assertThat(PricingRules.licenceClass(boundaryPaysLarge, false, 49_999)).isEqualTo(LicenceClass.SMALL);
		assertThatThrownBy(() -> PricingRules.licenceClass(SUMMIT, false, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Example
	void theLicencesWithVat() {
		assertThat(PricingRules.licence(SUMMIT, LicenceClass.ISLAND)).extracting(Quote::netOre, Quote::discountOre,
				Quote::vatOre, Quote::totalOre).containsExactly(10_000_00L, 0L, 2_500_00L, 12_500_00L);
		assertThat(PricingRules.licence(SUMMIT, LicenceClass.SMALL).totalOre()).isEqualTo(25_000_00L);
		assertThat(PricingRules.licence(SUMMIT, LicenceClass.LARGE).totalOre()).isEqualTo(31_250_00L);
	}

	@Example
	void aFreeEventCostsNothingForAnyNumber() {
		Quote quote = PricingRules.perPerson(PriceList.free(), List.of(250));
		assertThat(quote.totalOre()).isZero();
		assertThat(PriceList.free().offersLicence()).isFalse();
	}

	@Property
	void theTotalIsNetMinusDiscountPlusVat(@ForAll @Size(max = 6) List<@IntRange(max = 40) Integer> rounds) {
		Quote quote = PricingRules.perPerson(SUMMIT, rounds);
		assertThat(quote.totalOre()).isEqualTo(quote.netOre() - quote.discountOre() + quote.vatOre());
	}

	@Property
	void theDiscountFollowsTheTiersExactly(@ForAll @IntRange(max = 500) int persons) {
		int expected = persons > 20 ? 20 : persons > 10 ? 10 : 0;
		assertThat(PricingRules.discountPercent(SUMMIT, persons)).isEqualTo(expected);
	}

	@Property
	void roundsAreCountedTogether(@ForAll @Size(max = 8) List<@IntRange(max = 15) Integer> rounds) {
		int persons = rounds.stream().mapToInt(Integer::intValue).sum();
		assertThat(PricingRules.perPerson(SUMMIT, rounds)).isEqualTo(PricingRules.perPerson(SUMMIT, List.of(persons)));
	}

	@Property
	void discountAndVatAreRoundedHalfUpOnceOnTheWholeInvoice(@ForAll @IntRange(max = 10_000) int persons,
			@ForAll @IntRange(min = 0, max = 10_000_00) int perPersonOre) {
		PriceList prices = new PriceList(null, null, null, 50_000, false, perPersonOre, 25, SUMMIT.discounts());
		Quote quote = PricingRules.perPerson(prices, List.of(persons));
		java.math.BigDecimal net = java.math.BigDecimal.valueOf((long) perPersonOre * persons);
		java.math.BigDecimal discount = net.multiply(java.math.BigDecimal.valueOf(quote.discountPercent()))
			.divide(java.math.BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP);
		java.math.BigDecimal vat = net.subtract(discount).multiply(java.math.BigDecimal.valueOf(25))
			.divide(java.math.BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP);
		assertThat(quote.discountOre()).isEqualTo(discount.longValueExact());
		assertThat(quote.vatOre()).isEqualTo(vat.longValueExact());
	}

	@Property
	void moreThanTwentyPersonsPayEightyPercentOfTheirNet(@ForAll @IntRange(min = 21, max = 5_000) int persons) {
		// 1,945.00 × 0.8 is a whole number of øre (1,556.00), so no rounding may show here.
		Quote quote = PricingRules.perPerson(SUMMIT, List.of(persons));
		assertThat(quote.netOre() - quote.discountOre()).isEqualTo(persons * 1_556_00L);
	}

	@Property
	void aLicenceIsTheSameForAnyPopulationInItsClass(@ForAll @IntRange(min = 1, max = 49_999) int small,
			@ForAll @IntRange(min = 50_001, max = 2_000_000) int large) {
		assertThat(PricingRules.licenceClass(SUMMIT, false, small)).isEqualTo(LicenceClass.SMALL);
		assertThat(PricingRules.licenceClass(SUMMIT, false, large)).isEqualTo(LicenceClass.LARGE);
	}

	@Example
	void amountsAreDecimalStringsWithTwoDecimals() {
		assertThat(Amounts.decimal(24_069_38L)).isEqualTo("24069.38");
		assertThat(Amounts.decimal(5L)).isEqualTo("0.05");
		assertThat(Amounts.decimal(0L)).isEqualTo("0.00");
		assertThat(Amounts.percent(10)).isEqualTo("10.00");
	}
}
