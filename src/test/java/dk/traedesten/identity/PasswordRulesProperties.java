package dk.traedesten.identity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class PasswordRulesProperties {

	static final String EMAIL = "mette@stevns.demo";

	@Provide
	Arbitrary<String> longEnough() {
		return Arbitraries.strings()
			.withCharRange('!', '~')
			.withChars("æøåÆØÅ ")
			.ofMinLength(PasswordRules.MINIMUM_LENGTH)
			.ofMaxLength(PasswordRules.MAXIMUM_LENGTH)
			.filter(password -> password.chars().distinct().count() >= 4)
			.filter(password -> !password.toLowerCase().contains(EMAIL));
	}

	@Property
	void aPasswordShorterThanTheMinimumIsTooShort(
			@ForAll @StringLength(max = PasswordRules.MINIMUM_LENGTH - 1) String password) {
		assertThat(PasswordRules.problemWith(password, password, EMAIL)).contains("identity.password.error.too-short");
	}

	@Property
	void aPasswordLongerThanTheMaximumIsTooLong(
			@ForAll @StringLength(min = PasswordRules.MAXIMUM_LENGTH + 1, max = 400) String password) {
		Assume.that(password.codePointCount(0, password.length()) >= PasswordRules.MINIMUM_LENGTH);
		assertThat(PasswordRules.problemWith(password, password, EMAIL)).contains("identity.password.error.too-long");
	}

	@Property
	void aLongEnoughVariedPasswordTypedTwiceIsAccepted(@ForAll("longEnough") String password) {
		Assume.that(PasswordRules.problemWith(password, password, EMAIL).filter(p -> p.endsWith("obvious")).isEmpty());
		assertThat(PasswordRules.problemWith(password, password, EMAIL)).isEmpty();
	}

	@Property
	void aPasswordTypedDifferentlyTheSecondTimeIsRefused(@ForAll("longEnough") String password) {
		Assume.that(PasswordRules.problemWith(password, password, EMAIL).isEmpty());
		assertThat(PasswordRules.problemWith(password, password + "x", EMAIL)).contains("identity.password.error.mismatch");
	}

	@Property
	void aPasswordContainingTheOwnAddressIsObvious(@ForAll @StringLength(max = 20) String prefix) {
		String password = prefix + EMAIL.toUpperCase();
		assertThat(PasswordRules.problemWith(password, password, EMAIL)).contains("identity.password.error.obvious");
	}

	@Property
	void aPasswordOfFewerThanFourDifferentCharactersIsObvious(@ForAll("fewCharacters") String password) {
		assertThat(PasswordRules.problemWith(password, password, EMAIL)).contains("identity.password.error.obvious");
	}

	@Provide
	Arbitrary<String> fewCharacters() {
		return Arbitraries.strings().withChars("ab1").ofMinLength(PasswordRules.MINIMUM_LENGTH).ofMaxLength(60);
	}

	@Example
	void wellKnownPasswordsAreObviousInAnyCase() {
		assertThat(PasswordRules.problemWith("Password1234", "Password1234", EMAIL))
			.contains("identity.password.error.obvious");
		assertThat(PasswordRules.problemWith("TRÆDESTEN123", "TRÆDESTEN123", EMAIL))
			.contains("identity.password.error.obvious");
	}

	@Example
	void lengthCountsCharactersNotBytes() {
		String twelveLetters = "æøåæøåÆØÅabc";
		assertThat(PasswordRules.problemWith(twelveLetters, twelveLetters, EMAIL)).isEmpty();
	}

	@Example
	void noPasswordIsTooShort() {
		assertThat(PasswordRules.problemWith(null, null, EMAIL)).contains("identity.password.error.too-short");
	}
}
