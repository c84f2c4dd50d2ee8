package dk.traedesten.events;

import java.time.LocalDateTime;

/** What an organiser gives to plan an event; times are Danish local time. */
public record NewEvent(String slug, EventKind kind, String title, String theme, Organiser organiser,
		LocalDateTime startsAt, LocalDateTime endsAt, EventFormat format, String place, String invitation,
		String practical) {
}
