package dk.traedesten.measures.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** The problems as the pages say them, from the real bundle, without Spring. */
final class ProblemText {

	private static final Properties DANISH = load("/i18n/measure-data.properties");

	private ProblemText() {
	}

	static List<String> danish(PointImportResult result) {
		return result.problems().stream().map(ProblemText::danish).toList();
	}

	static String danish(CellProblem problem) {
		String text = format(problem.messageKey(), problem.argumentArray());
		if (problem.atCell()) {
			return format("measure-data.problem.at-cell", problem.row(), problem.column(), text);
		}
		return problem.row() > 0 ? format("measure-data.problem.at-row", problem.row(), text) : text;
	}

	private static String format(String key, Object... arguments) {
		String pattern = DANISH.getProperty(key);
		if (pattern == null) {
			throw new IllegalArgumentException("no message " + key);
		}
		return new MessageFormat(pattern, Locale.forLanguageTag("da")).format(arguments);
	}

	private static Properties load(String path) {
		try (InputStream in = ProblemText.class.getResourceAsStream(path)) {
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
