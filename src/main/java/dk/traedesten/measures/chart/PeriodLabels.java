package dk.traedesten.measures.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

import dk.traedesten.measures.Period;

import org.springframework.context.MessageSource;

/**
 * How a period is named in the reader's language: short on the x axis ("uge 36", "sep. 25", "efterår 2025") and
 * in full in the table and the text alternative ("uge 36 2025", "september 2025").
 */
final class PeriodLabels {

	private final MessageSource messages;

	private final Locale locale;

	PeriodLabels(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	String axis(Period period, LocalDate start) {
		return switch (period) {
			case WEEK -> message("measure-charts.period.week.short", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			case MONTH -> DateTimeFormatter.ofPattern(message("measure-charts.period.month.short"), locale).format(start);
			case TERM -> term(start);
		};
	}

	String full(Period period, LocalDate start) {
		return switch (period) {
			case WEEK -> message("measure-charts.period.week.full", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
					Integer.toString(start.get(IsoFields.WEEK_BASED_YEAR)));
			case MONTH -> DateTimeFormatter.ofPattern(message("measure-charts.period.month.full"), locale).format(start);
			case TERM -> term(start);
		};
	}

	/** A day in running text, e.g. "2. sep. 2025". */
	String date(LocalDate day) {
		return DateTimeFormatter.ofPattern(message("measure-charts.date"), locale).format(day);
	}

	/** The school year's autumn term starts in August, its spring term in January. */
	private String term(LocalDate start) {
		String key = start.getMonthValue() >= 7 ? "measure-charts.period.term.autumn" : "measure-charts.period.term.spring";
		return message(key, Integer.toString(start.getYear()));
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
