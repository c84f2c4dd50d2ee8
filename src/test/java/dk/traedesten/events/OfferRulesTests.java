package dk.traedesten.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dk.traedesten.events.OfferRules.TierInput;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The organiser's choice groups and prices as typed: every problem named at its field, amounts read the Danish way. */
class OfferRulesTests {

	private static final List<TierInput> SEED_004_TIERS = List.of(new TierInput("10", "10"), new TierInput("20", "20"),
			new TierInput("", ""));

	@Property
	void anAmountWrittenTheDanishWayIsReadBackToTheOere(@ForAll @LongRange(min = 0, max = 999_999_999) long ore) {
		long kroner = ore / 100;
		String plain = kroner + "," + String.format("%02d", ore % 100);
		String grouped = String.format(java.util.Locale.forLanguageTag("da-DK"), "%,d", kroner) + ","
				+ String.format("%02d", ore % 100);
		assertThat(OfferRules.ore(plain)).isEqualTo(ore);
		assertThat(OfferRules.ore(grouped)).isEqualTo(ore);
		assertThat(OfferRules.ore(String.valueOf(kroner))).isEqualTo(kroner * 100);
	}

	@Test
	void textThatIsNoAmountIsRefused() {
		assertThat(OfferRules.ore("1945.5")).as("a decimal point is a thousands dot in Danish").isNull();
		assertThat(OfferRules.ore("-10")).isNull();
		assertThat(OfferRules.ore("1,234")).isNull();
		assertThat(OfferRules.ore("tyve")).isNull();
		assertThat(OfferRules.ore("1.945,50")).isEqualTo(194_550);
	}

	@Test
	void seed004sPricesAreAcceptedAndGiveItsPriceList() {
		assertThat(OfferRules.priceProblems("1945", "10000", "20000", "25000", "50000", SEED_004_TIERS)).isEmpty();
		PriceList prices = OfferRules.priceList("1.945,00", "10.000", "20000", "25000", "50000", false, SEED_004_TIERS);
		assertThat(prices.perPersonOre()).isEqualTo(194_500);
		assertThat(prices.licenceOre(LicenceClass.ISLAND)).isEqualTo(1_000_000);
		assertThat(prices.discounts()).containsExactly(new DiscountTier(10, 10), new DiscountTier(20, 20));
		assertThat(prices.vatPercent()).isEqualTo(25);
		assertThat(PricingRules.perPerson(prices, List.of(6, 5)).discountPercent()).isEqualTo(10);
	}

	@Test
	void aLicenceIsAllThreeClassesOrNoneAndTiersGrow() {
		assertThat(OfferRules.priceProblems("0", "10000", "", "", "50000", List.of()))
			.containsEntry("small", "events.offer.error.licence-all-or-none")
			.containsEntry("large", "events.offer.error.licence-all-or-none")
			.doesNotContainKey("island");
		assertThat(OfferRules.priceProblems("1945", "", "", "", "50000",
				List.of(new TierInput("20", "20"), new TierInput("10", "30"))))
			.containsEntry("tiers[1].moreThanPersons", "events.offer.error.tier-order");
		assertThat(OfferRules.priceProblems("1945", "", "", "", "50000",
				List.of(new TierInput("10", "20"), new TierInput("20", "10"))))
			.containsEntry("tiers[1].percent", "events.offer.error.tier-smaller");
		assertThat(OfferRules.priceProblems("", "", "", "", "0", List.of(new TierInput("x", "101"))))
			.containsEntry("perPerson", "events.offer.error.amount")
			.containsEntry("threshold", "events.offer.error.threshold")
			.containsEntry("tiers[0].moreThanPersons", "events.offer.error.tier-persons")
			.containsEntry("tiers[0].percent", "events.offer.error.tier-percent");
	}

	@Test
	void aGroupNeedsAFreshNameAndARuleThatCanBeMet() {
		assertThat(OfferRules.groupProblems("Temamøder", 0, 3, List.of())).isEmpty();
		assertThat(OfferRules.groupProblems("temamøder", 0, 3, List.of("Temamøder")))
			.containsEntry("name", "events.offer.error.name-taken");
		assertThat(OfferRules.groupProblems(" ", 2, 1, List.of()))
			.containsEntry("name", "events.offer.error.name-required")
			.containsEntry("maxChoices", "events.offer.error.max-below-min");
		assertThat(OfferRules.groupProblems("X", null, 0, List.of()))
			.containsEntry("minChoices", "events.offer.error.min")
			.containsEntry("maxChoices", "events.offer.error.max");
	}
}
