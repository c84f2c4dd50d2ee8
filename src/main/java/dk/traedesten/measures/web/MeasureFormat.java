package dk.traedesten.measures.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

import dk.traedesten.measures.IndicatorKind;
import dk.traedesten.measures.Period;
import dk.traedesten.measures.ShownValues;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Periods and values in the reader's language, for the measures templates ({@code @measureFormat.period(...)}):
 * "uge 36 2025", "september 2025", "efterår 2025"; "5,8".
 */
@Component("measureFormat")
public class MeasureFormat {

	private final MessageSource messages;

	MeasureFormat(MessageSource messages) {
		this.messages = messages;
	}

	public String period(Period period, LocalDate start) {
		Locale locale = LocaleContextHolder.getLocale();
		return switch (period) {
			case WEEK -> messages.getMessage("measures.period-label.week",
					new Object[] { start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
							Integer.toString(start.get(IsoFields.WEEK_BASED_YEAR)) },
					locale);
			case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(start);
			case TERM -> messages.getMessage(start.getMonthValue() >= 7 ? "measures.period-label.autumn"
					: "measures.period-label.spring", new Object[] { Integer.toString(start.getYear()) }, locale);
		};
	}

	public String value(IndicatorKind kind, Double value) {
		return value == null ? "" : ShownValues.format(kind, value, LocaleContextHolder.getLocale());
	}
}
