package dk.traedesten.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The run sheet's rules without Spring: order of lines and what a line needs. */
class RunSheetRulesTests {

	static final LocalDateTime START = LocalDateTime.of(2021, 1, 28, 9, 0);

	static final LocalDateTime END = LocalDateTime.of(2021, 1, 28, 16, 30);

	@Test
	void aLineNeedsATimeOnTheDayWhatAndWho() {
		assertThat(RunSheetRules.problems(new NewRunSheetRow(null, "", " ", ""), START, END)).containsOnlyKeys(
				"startsAt", "title", "responsible");
		assertThat(RunSheetRules.problems(new NewRunSheetRow(LocalTime.of(4, 59), "Lydprøve", "Teknik", ""), START, END))
			.containsEntry("startsAt", "runsheet.error.time-outside-day");
		assertThat(RunSheetRules.problems(new NewRunSheetRow(LocalTime.of(8, 15), "Lydprøve", "Teknik", ""), START, END))
			.isEmpty();
	}

	@Test
	void theWindowStopsAtMidnight() {
		assertThat(RunSheetRules.earliest(LocalDateTime.of(2021, 1, 28, 2, 0))).isEqualTo(LocalTime.MIDNIGHT);
		assertThat(RunSheetRules.latest(START, LocalDateTime.of(2021, 1, 28, 22, 0))).isEqualTo(LocalTime.of(23, 59));
	}

	@Property
	void linesRunByTimeThenByWhenTheyWereWritten(@ForAll @IntRange(min = 0, max = 1439) int a,
			@ForAll @IntRange(min = 0, max = 1439) int b, @ForAll @IntRange(min = 0, max = 1439) int c) {
		List<RunSheetRow> rows = List.of(row(a, 3), row(b, 1), row(c, 2));
		List<RunSheetRow> ordered = RunSheetRules.ordered(rows);
		for (int i = 1; i < ordered.size(); i++) {
			RunSheetRow before = ordered.get(i - 1);
			RunSheetRow after = ordered.get(i);
			assertThat(before.startsAt().isBefore(after.startsAt()) || (before.startsAt().equals(after.startsAt())
					&& !before.added().isAfter(after.added()))).isTrue();
		}
	}

	private static RunSheetRow row(int minute, int added) {
		return new RunSheetRow(UUID.randomUUID(), null, LocalTime.ofSecondOfDay(minute * 60L), "x", "y", "", false,
				Instant.ofEpochSecond(added));
	}
}
