package dk.traedesten.committees;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A meeting of a committee: when, where ("Teams" too) and where it stands; and whether agenda and minutes are out. */
public record Meeting(UUID id, UUID committeeId, String committeeName, int municipalityCode, LocalDate meetsOn,
		LocalTime startsAt, String place, MeetingState state, boolean agendaPublished, boolean minutesPublished) {
}
