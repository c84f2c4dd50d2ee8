package dk.traedesten.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command's words, Danish unless {@code --lang en} asks for English. */
final class CliMessages {

	private final ResourceBundle bundle;

	private final Locale locale;

	CliMessages(Locale locale) {
		this.locale = locale;
		this.bundle = ResourceBundle.getBundle("i18n/cli", locale, ResourceBundle.Control.getNoFallbackControl(
				ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	String get(String key, Object... arguments) {
		// Whole numbers (row numbers, point positions) are shown as typed, without a thousands separator.
		Object[] shown = java.util.Arrays.stream(arguments)
			.map(argument -> argument instanceof Integer || argument instanceof Long ? argument.toString() : argument)
			.toArray();
		return new MessageFormat(bundle.getString(key), locale).format(shown);
	}

	CliInputException error(String key, Object... arguments) {
		return new CliInputException(get(key, arguments));
	}
}
