package dk.traedesten.events;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The rules of a run sheet, in plain Java. Lines run in order of time, and lines at the same minute in the order they
 * were written, so a line added "in between" stays where the organiser put it. A line falls on the event's day, from
 * the get-in before the doors open until the clear-up after they close: {@link #LEAD} on either side of the event,
 * never past midnight (decision 0014).
 */
public final class RunSheetRules {

	/** How long before the start and after the end a run sheet reaches: sound checks, set-up and clear-up. */
	public static final java.time.Duration LEAD = java.time.Duration.ofHours(4);

	public static final int TITLE_MAX = 200;

	public static final int TEXT_MAX = 2000;

	public static final Comparator<RunSheetRow> ORDER = Comparator.comparing(RunSheetRow::startsAt)
		.thenComparing(RunSheetRow::added)
		.thenComparing(row -> row.id().toString());

	private RunSheetRules() {
	}

	/** The first and last minute a line may have on the event's day. */
	public static LocalTime earliest(LocalDateTime eventStart) {
		LocalDateTime from = eventStart.minus(LEAD);
		return from.toLocalDate().isBefore(eventStart.toLocalDate()) ? LocalTime.MIDNIGHT : from.toLocalTime();
	}

	public static LocalTime latest(LocalDateTime eventStart, LocalDateTime eventEnd) {
		LocalDateTime to = eventEnd.plus(LEAD);
		return to.toLocalDate().isAfter(eventStart.toLocalDate()) ? LocalTime.of(23, 59) : to.toLocalTime();
	}

	/**
	 * The problems of a line, as message keys by field. {@code time} is null when the text was not a time.
	 */
	public static Map<String, String> problems(NewRunSheetRow row, LocalDateTime eventStart, LocalDateTime eventEnd) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (row.startsAt() == null) {
			problems.put("startsAt", "runsheet.error.time");
		}
		else if (row.startsAt().isBefore(earliest(eventStart)) || row.startsAt().isAfter(latest(eventStart, eventEnd))) {
			problems.put("startsAt", "runsheet.error.time-outside-day");
		}
		if (row.title().isEmpty()) {
			problems.put("title", "runsheet.error.title");
		}
		else if (row.title().length() > TITLE_MAX) {
			problems.put("title", "runsheet.error.title-too-long");
		}
		if (row.responsible().isEmpty()) {
			problems.put("responsible", "runsheet.error.responsible");
		}
		else if (row.responsible().length() > TITLE_MAX) {
			problems.put("responsible", "runsheet.error.responsible-too-long");
		}
		if (row.note().length() > TEXT_MAX) {
			problems.put("note", "runsheet.error.note-too-long");
		}
		return problems;
	}

	public static List<RunSheetRow> ordered(List<RunSheetRow> rows) {
		List<RunSheetRow> sorted = new ArrayList<>(rows);
		sorted.sort(ORDER);
		return List.copyOf(sorted);
	}

	/** The programme items that have no line in the sheet yet, in programme order. */
	public static List<ProgrammeItem> notInSheet(List<ProgrammeItem> programme, List<RunSheetRow> rows) {
		Set<UUID> copied = rows.stream()
			.map(RunSheetRow::programmeItemId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		return programme.stream().filter(item -> !copied.contains(item.id())).toList();
	}

	/** A programme item as its first line in the run sheet: its time, its title and its speakers as responsible. */
	public static NewRunSheetRow fromProgramme(ProgrammeItem item) {
		return new NewRunSheetRow(item.startsAt(), item.title(), String.join(", ", item.speakers()), item.venue());
	}

	/** Lines done out of all lines, for the page's "12 of 20 done". */
	public static long done(List<RunSheetRow> rows) {
		return rows.stream().filter(RunSheetRow::done).count();
	}
}
