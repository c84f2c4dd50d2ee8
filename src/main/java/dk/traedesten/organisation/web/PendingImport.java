package dk.traedesten.organisation.web;

import java.io.Serializable;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import dk.traedesten.organisation.PopulationFigure;

/**
 * Figures read from an uploaded file and shown for approval, kept in the administrator's session until they
 * are saved. The token ties the approval to the preview it was given on, so a second upload in another tab
 * cannot be saved by approving the first.
 */
record PendingImport(UUID token, List<PopulationFigure> figures, String source, int skipped) implements Serializable {

	static final String SESSION_ATTRIBUTE = PendingImport.class.getName();

	/** The years the figures are for, e.g. "2025" or "2024, 2025". */
	String years() {
		return figures.stream().map(figure -> String.valueOf(figure.year()))
			.collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(", "));
	}
}
