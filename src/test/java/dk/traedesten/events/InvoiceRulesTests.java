package dk.traedesten.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class InvoiceRulesTests {

	private static final PriceList SUMMIT = new PriceList(1_000_000L, 2_000_000L, 2_500_000L, 50_000, false, 194_500,
			25, List.of(new DiscountTier(10, 10), new DiscountTier(20, 20)));

	@Property
	void personsAreThatManyUnitsAtThePricePerPersonWhateverTheRounds(
			@ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 40) Integer> rounds) {
		Quote quote = PricingRules.perPerson(SUMMIT, rounds);
		InvoiceRules.InvoiceLine line = InvoiceRules.line(SUMMIT, quote);
		assertThat(line.quantity()).isEqualTo(rounds.stream().mapToInt(Integer::intValue).sum());
		assertThat(line.unitPriceOre()).isEqualTo(194_500);
		assertThat(line.quantity() * line.unitPriceOre()).isEqualTo(quote.netOre());
	}

	@Property
	void aLicenceIsOneUnitAtItsPrice(@ForAll LicenceClass licence) {
		InvoiceRules.InvoiceLine line = InvoiceRules.line(SUMMIT, PricingRules.licence(SUMMIT, licence));
		assertThat(line.quantity()).isOne();
		assertThat(line.unitPriceOre()).isEqualTo(SUMMIT.licenceOre(licence));
	}

	@Property
	void numbersFollowEachOtherWithoutGaps(@ForAll @IntRange(min = 1, max = 1_000_000) int current) {
		assertThat(InvoiceRules.next(current)).isEqualTo(current + 1);
	}

	@Property
	void aQuoteFromOtherPricesIsRefused(@ForAll @IntRange(min = 1, max = 30) int persons) {
		PriceList other = new PriceList(null, null, null, 50_000, false, 100_000, 25, List.of());
		assertThatThrownBy(() -> InvoiceRules.line(SUMMIT, PricingRules.perPerson(other, List.of(persons))))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
