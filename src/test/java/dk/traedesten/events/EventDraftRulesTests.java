package dk.traedesten.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class EventDraftRulesTests {

	private static final LocalDate DAY = LocalDate.of(2027, 3, 4);

	@Test
	void aCompleteDraftHasNoProblems() {
		assertThat(EventDraftRules.problems("temamoede-mellemformer-2027", "Temamøde om mellemformer", DAY,
				LocalTime.of(13, 0), LocalTime.of(15, 30), 1945L)).isEmpty();
		assertThat(EventDraftRules.problems("a", "Gratis netværksdag", DAY, LocalTime.of(9, 0), LocalTime.of(9, 1),
				null)).isEmpty();
	}

	@Test
	void eachProblemIsNamedAtItsField() {
		assertThat(EventDraftRules.problems("", " ", null, null, null, -1L))
			.containsEntry("slug", "events.plan.error.slug-required")
			.containsEntry("title", "events.plan.error.title-required")
			.containsEntry("date", "events.plan.error.date")
			.containsEntry("startsAt", "events.plan.error.time")
			.containsEntry("endsAt", "events.plan.error.time")
			.containsEntry("price", "events.plan.error.price");
		assertThat(EventDraftRules.problems("ok", "Titel", DAY, LocalTime.of(15, 0), LocalTime.of(15, 0), 0L))
			.containsOnlyKeys("endsAt").containsEntry("endsAt", "events.plan.error.ends-before-start");
		assertThat(EventDraftRules.problems("ok", "T".repeat(201), DAY, LocalTime.NOON, LocalTime.MAX, 100_001L))
			.containsEntry("title", "events.plan.error.title-too-long")
			.containsEntry("price", "events.plan.error.price");
	}

	@Test
	void theAddressIsPlain() {
		for (String bad : new String[] { "Temamøde", "tema moede", "-tema", "tema-", "tema--moede", "TEMA", "tema_2027",
				"a".repeat(81) }) {
			assertThat(EventDraftRules.problems(bad, "Titel", DAY, LocalTime.NOON, LocalTime.MAX, null))
				.as(bad).containsEntry("slug", "events.plan.error.slug-form");
		}
	}

	@Property
	void anAddressOfLettersDigitsAndSingleHyphensIsAccepted(
			@ForAll @StringLength(min = 1, max = 20) @net.jqwik.api.constraints.CharRange(from = 'a', to = 'z') String head,
			@ForAll @StringLength(min = 1, max = 20) @net.jqwik.api.constraints.NumericChars String tail) {
		String slug = head + "-" + tail;
		assertThat(EventDraftRules.problems(slug, "Titel", DAY, LocalTime.NOON, LocalTime.MAX, null)).isEmpty();
	}

	@Test
	void anItemLiesWithinTheEventsTime() {
		LocalTime from = LocalTime.of(9, 0);
		LocalTime to = LocalTime.of(16, 30);
		assertThat(EventDraftRules.itemProblems("Velkommen", LocalTime.of(9, 0), LocalTime.of(9, 15), from, to)).isEmpty();
		assertThat(EventDraftRules.itemProblems("Afslutning", LocalTime.of(16, 0), null, from, to)).isEmpty();
		assertThat(EventDraftRules.itemProblems("For tidligt", LocalTime.of(8, 30), null, from, to))
			.containsEntry("startsAt", "events.plan.error.outside-event");
		assertThat(EventDraftRules.itemProblems("For sent", LocalTime.of(16, 30), null, from, to))
			.containsEntry("startsAt", "events.plan.error.outside-event");
		assertThat(EventDraftRules.itemProblems("Over tiden", LocalTime.of(16, 0), LocalTime.of(17, 0), from, to))
			.containsEntry("endsAt", "events.plan.error.outside-event");
		assertThat(EventDraftRules.itemProblems("Baglæns", LocalTime.of(12, 0), LocalTime.of(11, 0), from, to))
			.containsEntry("endsAt", "events.plan.error.ends-before-start");
		assertThat(EventDraftRules.itemProblems("", null, null, from, to))
			.containsEntry("title", "events.plan.error.title-required")
			.containsEntry("startsAt", "events.plan.error.time");
	}

	@Test
	void kronerBecomeOre() {
		assertThat(EventDraftRules.ore(1945)).isEqualTo(194_500);
	}
}
