package dk.traedesten.notifications;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Notifications store their arguments as text, so that one stored message can be read in either language.
 * Dates are stored as ISO (2026-03-02) for that reason and written out in the reader's language only when
 * shown ("2. marts 2026", "2 March 2026").
 */
public final class MessageArguments {

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private MessageArguments() {
	}

	public static Object[] localized(List<String> arguments, Locale locale) {
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		return arguments.stream()
			.map(argument -> argument != null && ISO_DATE.matcher(argument).matches()
					? LocalDate.parse(argument).format(dates) : argument)
			.toArray();
	}
}
