package dk.traedesten.events;

import java.time.LocalTime;
import java.util.List;

/** A slot to add to a programme; {@code group} names a choice group of the same event, or is null. */
public record NewProgrammeItem(LocalTime startsAt, LocalTime endsAt, ProgrammeItemKind kind, String section,
		String title, String description, List<String> speakers, String venue, String group, Integer capacity) {
}
