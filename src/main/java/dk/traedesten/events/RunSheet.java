package dk.traedesten.events;

import java.util.List;

/**
 * An event's run sheet as its organiser works it: the lines in order of time, and the programme items not in it yet.
 */
public record RunSheet(PlannedEvent event, List<RunSheetRow> rows, List<ProgrammeItem> notInSheet) {

	public RunSheet {
		rows = RunSheetRules.ordered(rows);
		notInSheet = List.copyOf(notInSheet);
	}

	public long done() {
		return RunSheetRules.done(rows);
	}
}
