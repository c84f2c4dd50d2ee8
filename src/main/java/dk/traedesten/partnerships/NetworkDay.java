package dk.traedesten.partnerships;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/** One of a partnership's four network days: the event's date, place and programme, in Danish time. */
public record NetworkDay(int number, String eventSlug, String title, LocalDateTime startsAt, LocalDateTime endsAt,
		String place, List<Slot> programme) {

	/** A programme item of the day. */
	public record Slot(LocalTime startsAt, LocalTime endsAt, String title) {
	}

	public NetworkDay {
		programme = List.copyOf(programme);
	}
}
