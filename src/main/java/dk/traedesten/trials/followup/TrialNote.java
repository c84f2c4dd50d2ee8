package dk.traedesten.trials.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A note or a child's statement, dated and linked to model elements. The group is set for statements only. */
public record TrialNote(UUID id, NoteKind kind, String text, ChildGroup group, LocalDate notedOn,
		List<UUID> elementIds) {

	public TrialNote {
		elementIds = List.copyOf(elementIds);
	}
}
