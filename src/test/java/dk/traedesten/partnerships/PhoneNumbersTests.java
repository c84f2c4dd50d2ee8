package dk.traedesten.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PhoneNumbersTests {

	@Test
	void danishNumbersAsPeopleWriteThem() {
		for (String typed : new String[] { "56571234", "56 57 12 34", "+45 56 57 12 34", "0045 5657 1234",
				"+4556571234", "56-57-12-34", " 56.57.12.34 " }) {
			assertThat(PhoneNumbers.danish(typed)).as(typed).contains("+4556571234");
		}
	}

	@Test
	void notDanishNumbers() {
		for (String typed : new String[] { "", "1234567", "565712345", "112", "06571234", "16571234", "+46 56571234",
				"5657123a", "+45 +45 56571234", "tlf 56571234", "56571234".repeat(6), "0101901234" }) {
			assertThat(PhoneNumbers.danish(typed)).as(typed).isEmpty();
		}
		assertThat(PhoneNumbers.danish(null)).isEmpty();
	}

	@Test
	void shownInPairs() {
		assertThat(PhoneNumbers.display("+4556571234")).isEqualTo("+45 56 57 12 34");
	}

	@Property
	void everyEightDigitNumberFromTwoToNineIsAcceptedInEveryWriting(@ForAll("subscriber") String digits,
			@ForAll @IntRange(min = 0, max = 3) int prefix, @ForAll @IntRange(min = 0, max = 2) int grouping) {
		String body = switch (grouping) {
			case 0 -> digits;
			case 1 -> digits.replaceAll("(..)(?!$)", "$1 ");
			default -> digits.substring(0, 4) + "-" + digits.substring(4);
		};
		String typed = switch (prefix) {
			case 0 -> body;
			case 1 -> "+45 " + body;
			case 2 -> "0045" + body;
			default -> "+45" + body;
		};
		assertThat(PhoneNumbers.danish(typed)).as(typed).contains("+45" + digits);
		assertThat(PhoneNumbers.display("+45" + digits).replace(" ", "")).isEqualTo("+45" + digits);
	}

	@Property
	void numbersStartingWithZeroOrOneAreRefused(@ForAll @IntRange(min = 0, max = 1) int first,
			@ForAll @IntRange(min = 0, max = 9_999_999) int rest) {
		assertThat(PhoneNumbers.danish(first + String.format("%07d", rest))).isEmpty();
	}

	@Provide
	Arbitrary<String> subscriber() {
		return Arbitraries.integers().between(20_000_000, 99_999_999).map(String::valueOf);
	}
}
