package dk.traedesten.trials;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CprNumbersProperties {

	@Provide
	Arbitrary<LocalDate> birthdays() {
		return Arbitraries.integers().between(0, 365 * 100).map(days -> LocalDate.of(1930, 1, 1).plusDays(days));
	}

	/** A serial whose first digit puts the date in its own century by CPR-kontoret's table. */
	private static int serial(LocalDate date, int rest) {
		int first = date.getYear() < 2000 ? 1 : 4;
		if (date.getYear() >= 2037) {
			first = 5;
		}
		return first * 1000 + rest;
	}

	private static String cpr(LocalDate date, int serial, String dash) {
		return String.format("%02d%02d%02d%s%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear() % 100, dash,
				serial);
	}

	@Property
	void aRealBirthdayWithOrWithoutDashIsFoundInText(@ForAll("birthdays") LocalDate date,
			@ForAll @IntRange(min = 0, max = 999) int rest, @ForAll boolean dash) {
		String number = cpr(date, serial(date, rest), dash ? "-" : "");
		assertThat(CprNumbers.containsCpr("Barnet (" + number + ") går i 3.b")).as(number).isTrue();
	}

	@Property
	void elevenDigitRunsAreNotCprNumbers(@ForAll("birthdays") LocalDate date,
			@ForAll @IntRange(min = 0, max = 999) int rest, @ForAll @IntRange(min = 0, max = 9) int extra) {
		String number = cpr(date, serial(date, rest), "");
		assertThat(CprNumbers.containsCpr("Sag " + number + extra)).isFalse();
		assertThat(CprNumbers.containsCpr("Sag " + extra + number)).isFalse();
	}

	@Property
	void danishPhoneNumbersAreNotCprNumbers(@ForAll @IntRange(min = 20000000, max = 99999999) int phone) {
		String digits = String.valueOf(phone);
		assertThat(CprNumbers.containsCpr("Ring på " + digits)).isFalse();
		assertThat(CprNumbers.containsCpr("Ring på +45 " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " "
				+ digits.substring(4, 6) + " " + digits.substring(6))).isFalse();
	}

	@Test
	void impossibleDatesAreNotCprNumbers() {
		assertThat(CprNumbers.containsCpr("310490-1234")).as("31 April").isFalse();
		assertThat(CprNumbers.containsCpr("290200-1234")).as("29 February 1900").isFalse();
		assertThat(CprNumbers.containsCpr("290200-4234")).as("29 February 2000").isTrue();
		assertThat(CprNumbers.containsCpr("290201-4234")).as("29 February 2001").isFalse();
		assertThat(CprNumbers.containsCpr("320190-1234")).isFalse();
		assertThat(CprNumbers.containsCpr("011390-1234")).isFalse();
		assertThat(CprNumbers.containsCpr(null)).isFalse();
	}
}
