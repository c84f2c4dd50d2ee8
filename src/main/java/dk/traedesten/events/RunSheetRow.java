package dk.traedesten.events;

import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

/**
 * One line of an event's run sheet (drejebog): a programme item copied in, or a line the organiser added in between.
 *
 * @param programmeItemId the programme item the line was copied from, or null for a line of the organiser's own
 * @param responsible who sees to it; empty on a line copied from the programme until the organiser names someone
 * @param added when the line was written, which orders lines at the same minute
 */
public record RunSheetRow(UUID id, UUID programmeItemId, LocalTime startsAt, String title, String responsible,
		String note, boolean done, Instant added) {

	public boolean fromProgramme() {
		return programmeItemId != null;
	}

	public boolean needsResponsible() {
		return responsible == null || responsible.isBlank();
	}
}
