package dk.traedesten.measures.data;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

import dk.traedesten.measures.Period;

/**
 * The first day of the period a date falls in, which dates a point ({@link Period}): the Monday of its week, the
 * first of its month, and for a term 1 August (autumn) or 1 January (spring).
 */
public final class PeriodStarts {

	private PeriodStarts() {
	}

	public static LocalDate of(Period period, LocalDate date) {
		return switch (period) {
			case WEEK -> date.minusDays(date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
			case MONTH -> date.withDayOfMonth(1);
			case TERM -> date.getMonthValue() >= Month.AUGUST.getValue() ? LocalDate.of(date.getYear(), 8, 1)
					: LocalDate.of(date.getYear(), 1, 1);
		};
	}
}
