package dk.traedesten.organisation;

import java.util.List;

/**
 * What is wrong with one line of an imported file, told as a message key and its arguments so the page can
 * say it in the reader's language.
 *
 * @param line the line number in the file, counted from 1; 0 for the file as a whole
 * @param reason the last part of the message key, e.g. {@code unknown-municipality}
 */
public record ImportProblem(int line, String reason, List<Object> arguments) {

	public ImportProblem(int line, String reason, Object... arguments) {
		this(line, reason, List.of(arguments));
	}

	static ImportProblem ofFile(String reason) {
		return new ImportProblem(0, reason);
	}

	public String messageKey() {
		return "organisation.population.import.problem." + reason;
	}

	/** The arguments as the message formatter takes them. */
	public Object[] argumentArray() {
		return arguments.toArray();
	}
}
