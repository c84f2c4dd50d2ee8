package dk.traedesten.committees;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CaseNumberFormatProperties {

	@Example
	void theSourcesNumbersFitTheirFormats() {
		assertThat(CaseNumberFormat.KLE.fits("00.01.10-G01-1-21")).isTrue();
		assertThat(CaseNumberFormat.CASE_SYSTEM.fits("2020-0076771")).isTrue();
		assertThat(CaseNumberFormat.CASE_SYSTEM.fitsDocument("2020-0076771-12", "2020-0076771")).isTrue();
		assertThat(CaseNumberFormat.KLE.fits("2020-0076771")).isFalse();
		assertThat(CaseNumberFormat.CASE_SYSTEM.fits("00.01.10-G01-1-21")).isFalse();
	}

	@Property
	void everyFormatsOwnExampleFitsIt(@ForAll CaseNumberFormat format) {
		assertThat(format.fits(format.example())).isTrue();
		assertThat(format.fitsDocument(format.documentExample(), format.example())).isTrue();
	}

	@Property
	void everyWellFormedKleNumberFits(@ForAll("kle") String number) {
		assertThat(CaseNumberFormat.KLE.fits(number)).isTrue();
		assertThat(CaseNumberFormat.KLE.fits(" " + number + " ")).as("spaces around are forgiven").isTrue();
		assertThat(CaseNumberFormat.CASE_SYSTEM.fits(number)).isFalse();
	}

	@Property
	void everyWellFormedCaseSystemNumberFits(@ForAll @IntRange(min = 1900, max = 2099) int year,
			@ForAll @IntRange(min = 0, max = 9_999_999) int serial) {
		String number = year + "-" + String.format("%07d", serial);
		assertThat(CaseNumberFormat.CASE_SYSTEM.fits(number)).isTrue();
		assertThat(CaseNumberFormat.KLE.fits(number)).isFalse();
	}

	@Property
	void aNumberWithOneCharacterDroppedNoLongerFits(@ForAll("kle") String number, @ForAll @IntRange(min = 0, max = 30) int at) {
		int index = at % number.length();
		String broken = number.substring(0, index) + number.substring(index + 1);
		// Dropping a digit of the serial number (1–6 digits) can leave a shorter valid serial; anything else breaks it.
		boolean serialDigit = index > 12 && index < number.lastIndexOf('-') && number.lastIndexOf('-') - 12 > 2;
		if (!serialDigit) {
			assertThat(CaseNumberFormat.KLE.fits(broken)).as(broken).isFalse();
		}
	}

	@Property
	void aDocumentNumberMustBelongToItsCase(@ForAll @IntRange(min = 0, max = 9_999_999) int serial,
			@ForAll @IntRange(min = 0, max = 9_999_998) int otherSerial, @ForAll @IntRange(min = 1, max = 9999) int document) {
		String caseNumber = "2020-" + String.format("%07d", serial);
		String other = "2020-" + String.format("%07d", otherSerial == serial ? otherSerial + 1 : otherSerial);
		assertThat(CaseNumberFormat.CASE_SYSTEM.fitsDocument(caseNumber + "-" + document, caseNumber)).isTrue();
		assertThat(CaseNumberFormat.CASE_SYSTEM.fitsDocument(other + "-" + document, caseNumber)).isFalse();
	}

	@Property
	void textThatIsNotANumberNeverFits(@ForAll("words") String text, @ForAll CaseNumberFormat format) {
		assertThat(format.fits(text)).isFalse();
	}

	@Provide
	Arbitrary<String> kle() {
		Arbitrary<String> twoDigits = Arbitraries.integers().between(0, 99).map(n -> String.format("%02d", n));
		Arbitrary<Character> facet = Arbitraries.of('A', 'G', 'P', 'S', 'Ø');
		Arbitrary<Integer> serial = Arbitraries.integers().between(1, 999_999);
		return Combinators.combine(twoDigits, twoDigits, twoDigits, facet, twoDigits, serial, twoDigits)
			.as((a, b, c, f, d, s, y) -> a + "." + b + "." + c + "-" + f + d + "-" + s + "-" + y);
	}

	@Provide
	Arbitrary<String> words() {
		return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', 'æ', 'ø').ofMinLength(0).ofMaxLength(30);
	}
}
