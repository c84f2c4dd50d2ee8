package dk.traedesten.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MilestoneTests {

	private static final LocalDate START = LocalDate.of(2023, 9, 1);

	private static final LocalDate END = LocalDate.of(2024, 6, 30);

	@Test
	void isCurrentFromItsFirstDayToItsLastDay() {
		Milestone milestone = Milestone.draft("Efterår 2023 og forår 2024", START, END, "Prøvehandlinger");
		assertThat(milestone.currentOn(START.minusDays(1))).isFalse();
		assertThat(milestone.currentOn(START)).isTrue();
		assertThat(milestone.currentOn(END)).isTrue();
		assertThat(milestone.currentOn(END.plusDays(1))).isFalse();
	}

	@Test
	void runsOnWithoutAnEndAndIsNeverCurrentWithoutAStart() {
		assertThat(Milestone.draft("August 2025", START, null, "Katalog").currentOn(START.plusYears(5))).isTrue();
		assertThat(Milestone.draft("Senere", null, END, "Noget").currentOn(END)).isFalse();
		assertThat(Milestone.draft("Senere", null, null, "Noget").currentOn(END)).isFalse();
	}

	@Test
	void allowsMissingDatesAndAOneDayMilestoneButNotAnEndBeforeTheStart() {
		assertThat(Milestone.datesInOrder(null, END)).isTrue();
		assertThat(Milestone.datesInOrder(START, null)).isTrue();
		assertThat(Milestone.datesInOrder(START, START)).isTrue();
		assertThat(Milestone.datesInOrder(END, START)).isFalse();
	}
}
