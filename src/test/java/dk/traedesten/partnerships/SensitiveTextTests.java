package dk.traedesten.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SensitiveTextTests {

	@Test
	void cprNumbersAreFound() {
		assertThat(SensitiveText.looksLikeCpr("Hans 010190-1234")).isTrue();
		assertThat(SensitiveText.looksLikeCpr("0101901234")).isTrue();
		assertThat(SensitiveText.looksLikeCpr("310199 1234")).isTrue();
	}

	@Test
	void ordinaryTextIsNot() {
		assertThat(SensitiveText.looksLikeCpr("Tirsdag kl. 10-12")).isFalse();
		assertThat(SensitiveText.looksLikeCpr("56 57 12 34")).isFalse();
		assertThat(SensitiveText.looksLikeCpr("Mette Holm")).isFalse();
		assertThat(SensitiveText.looksLikeCpr(null)).isFalse();
	}
}
