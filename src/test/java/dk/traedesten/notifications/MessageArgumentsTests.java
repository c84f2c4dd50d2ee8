package dk.traedesten.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class MessageArgumentsTests {

	@Test
	void datesAreWrittenOutInTheReadersLanguageAndOtherArgumentsKeptAsTheyAre() {
		List<String> stored = List.of("Fravær", "4.A", "2", "2026-03-02");

		assertThat(MessageArguments.localized(stored, Locale.forLanguageTag("da")))
			.containsExactly("Fravær", "4.A", "2", "2. marts 2026");
		assertThat(MessageArguments.localized(stored, Locale.ENGLISH))
			.containsExactly("Fravær", "4.A", "2", "March 2, 2026");
	}

	@Test
	void textThatOnlyContainsADateIsNotRewritten() {
		assertThat(MessageArguments.localized(List.of("Uge 2026-03-02 og frem"), Locale.forLanguageTag("da")))
			.containsExactly("Uge 2026-03-02 og frem");
	}
}
