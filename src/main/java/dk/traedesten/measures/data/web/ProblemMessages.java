package dk.traedesten.measures.data.web;

import java.util.List;
import java.util.Locale;

import dk.traedesten.measures.data.CellProblem;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Problems said in the reader's language: the cell's row and column, then what is wrong with it. */
@Component
class ProblemMessages {

	/** The language the change note on a series is kept in, as the audit trail's other entries are. */
	static final Locale TRAIL = Locale.forLanguageTag("da");

	private final MessageSource messages;

	ProblemMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** What is wrong, without where ("»0« er ikke et tal større end 0."), for the message at the cell itself. */
	String reason(CellProblem problem, Locale locale) {
		return messages.getMessage(problem.messageKey(), problem.argumentArray(), locale);
	}

	/** Where and what ("Række 14, kolonne »nævner«: …"), for the summary. */
	String full(CellProblem problem, Locale locale) {
		String reason = reason(problem, locale);
		if (problem.atCell()) {
			return messages.getMessage("measure-data.problem.at-cell",
					new Object[] { problem.row(), problem.column(), reason }, locale);
		}
		if (problem.row() > 0) {
			return messages.getMessage("measure-data.problem.at-row", new Object[] { problem.row(), reason }, locale);
		}
		return reason;
	}

	List<String> full(List<CellProblem> problems, int limit, Locale locale) {
		return problems.stream().limit(limit).map(problem -> full(problem, locale)).toList();
	}

	String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
