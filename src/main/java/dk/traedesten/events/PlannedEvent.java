package dk.traedesten.events;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** An event as its organiser plans it: draft or published, with its programme in order of time. */
public record PlannedEvent(UUID id, String slug, String title, EventKind kind, EventFormat format, String place,
		LocalDateTime startsAt, LocalDateTime endsAt, boolean published, List<ProgrammeItem> programme) {
}
