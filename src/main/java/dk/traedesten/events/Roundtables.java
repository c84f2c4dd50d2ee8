package dk.traedesten.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.traedesten.events.RoundtableRefusedException.Reason;
import dk.traedesten.events.internal.RoundtableRepository;
import dk.traedesten.organisation.AreaSummary;
import dk.traedesten.organisation.OrganisationDirectory;
import dk.traedesten.organisation.UnitSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's roundtables of a webinar (seed 000, decision 0015): runs {@link RoundtableAllocation} over the
 * event's participants and keeps the seats, moves a person by hand (kept when the allocation runs again, until the
 * organiser resets the moves), names a facilitator and a note-taker per table and writes down each table's input.
 * Everything works on an event the caller organises; for anyone else the event is not found (row-level security).
 */
@Service
@Transactional
public class Roundtables {

	public static final int MAX_CAPACITY = 500;

	private final EventPlanning planning;

	private final RoundtableRepository repository;

	private final OrganisationDirectory directory;

	Roundtables(EventPlanning planning, RoundtableRepository repository, OrganisationDirectory directory) {
		this.planning = planning;
		this.repository = repository;
		this.directory = directory;
	}

	/** The event's roundtables, if the caller organises it. */
	@Transactional(readOnly = true)
	public Optional<RoundtableBoard> board(String slug) {
		return planning.planned(slug).map(this::board);
	}

	/**
	 * Seats everyone anew at tables of at most {@code capacity}; people moved by hand stay where they were moved
	 * unless {@code resetMoves}.
	 * @throws RoundtableRefusedException when the capacity is out of range or the committee does not fit one table
	 */
	public RoundtableAllocation.Seating allocate(String slug, int capacity, boolean resetMoves) {
		PlannedEvent event = planned(slug);
		if (capacity < 1 || capacity > MAX_CAPACITY) {
			throw new RoundtableRefusedException(Reason.CAPACITY, MAX_CAPACITY);
		}
		repository.lock(event.id());
		List<WebinarParticipant> participants = repository.participants(event.id());
		long committee = participants.stream().filter(p -> p.role() == ParticipantRole.COMMITTEE_MEMBER).count();
		if (committee > capacity) {
			throw new RoundtableRefusedException(Reason.COMMITTEE_TOO_LARGE, committee, capacity);
		}
		Map<UUID, RoundtableKey> pins = new HashMap<>();
		if (!resetMoves) {
			Map<UUID, RoundtableKey> keys = repository.tables(event.id()).stream()
				.collect(Collectors.toMap(RoundtableRepository.TableRow::id, row -> RoundtableKey.parse(row.key())));
			repository.seats(event.id()).stream().filter(RoundtableRepository.SeatRow::pinned)
				.forEach(seat -> pins.put(seat.participantId(), keys.get(seat.tableId())));
		}
		RoundtableAllocation.Seating seating = RoundtableAllocation.allocate(
				participants.stream().map(WebinarParticipant::person).toList(), pins, capacity);
		Map<RoundtableKey, UUID> tableIds = new HashMap<>();
		seating.tables().forEach(key -> tableIds.put(key, repository.ensureTable(event.id(), key)));
		Map<UUID, UUID> seats = new HashMap<>();
		Set<UUID> kept = new HashSet<>();
		seating.seats().forEach((participant, key) -> {
			seats.put(participant, tableIds.get(key));
			if (key.equals(pins.get(participant))) {
				kept.add(participant);
			}
		});
		repository.replaceSeats(event.id(), seats, kept);
		repository.deleteIdleTables(event.id());
		repository.setCapacity(event.id(), capacity);
		return seating;
	}

	/**
	 * Moves a participant to another table by hand; the move is kept when the allocation runs again.
	 * @throws RoundtableRefusedException when the table is full or a committee member would leave City Hall
	 * @throws EventNotFoundException when the participant or the table is not the event's
	 */
	public void move(String slug, UUID participantId, UUID tableId) {
		PlannedEvent event = planned(slug);
		repository.lock(event.id());
		WebinarParticipant participant = repository.participants(event.id()).stream()
			.filter(p -> p.id().equals(participantId)).findFirst()
			.orElseThrow(() -> new EventNotFoundException(String.valueOf(participantId)));
		RoundtableRepository.TableRow table = table(event, tableId);
		if (participant.role() == ParticipantRole.COMMITTEE_MEMBER && !RoundtableKey.parse(table.key()).cityHall()) {
			throw new RoundtableRefusedException(Reason.COMMITTEE_STAYS);
		}
		boolean there = repository.seats(event.id()).stream()
			.anyMatch(seat -> seat.participantId().equals(participantId) && seat.tableId().equals(tableId));
		int capacity = repository.capacity(event.id());
		if (!there && repository.seatedAt(tableId) >= capacity) {
			throw new RoundtableRefusedException(Reason.TABLE_FULL, capacity);
		}
		repository.move(event.id(), participantId, tableId);
	}

	/**
	 * Saves a table's facilitator and note-taker and writes down its input: what was said, and its themes and
	 * recommendations as short items (blank lines left out), all in one transaction.
	 */
	public void saveTable(String slug, UUID tableId, String facilitator, String noteTaker, String summary,
			List<String> themes, List<String> recommendations) {
		PlannedEvent event = planned(slug);
		UUID table = table(event, tableId).id();
		repository.staff(table, clean(facilitator), clean(noteTaker));
		repository.writeInput(event.id(), table, clean(summary), items(themes), items(recommendations));
	}

	private RoundtableBoard board(PlannedEvent event) {
		Map<UUID, String> areas = directory.areas().stream()
			.collect(Collectors.toMap(AreaSummary::id, AreaSummary::name));
		Map<UUID, String> units = directory.units().stream()
			.collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
		Map<UUID, RoundtableRepository.SeatRow> seats = repository.seats(event.id()).stream()
			.collect(Collectors.toMap(RoundtableRepository.SeatRow::participantId, Function.identity()));
		Map<UUID, List<SeatedParticipant>> byTable = new HashMap<>();
		List<SeatedParticipant> unseated = new ArrayList<>();
		for (WebinarParticipant participant : repository.participants(event.id())) {
			RoundtableRepository.SeatRow seat = seats.get(participant.id());
			SeatedParticipant seated = new SeatedParticipant(participant, areas.get(participant.area()),
					units.get(participant.unit()), seat != null && seat.pinned());
			if (seat == null) {
				unseated.add(seated);
			}
			else {
				byTable.computeIfAbsent(seat.tableId(), id -> new ArrayList<>()).add(seated);
			}
		}
		Map<UUID, List<RoundtableRepository.PointRow>> points = repository.points(event.id()).stream()
			.collect(Collectors.groupingBy(RoundtableRepository.PointRow::tableId));
		Comparator<SeatedParticipant> byRole = Comparator.comparing((SeatedParticipant s) -> s.participant().role())
			.thenComparing(s -> s.participant().name());
		List<Roundtable> tables = repository.tables(event.id()).stream().map(row -> {
			List<RoundtableRepository.PointRow> own = points.getOrDefault(row.id(), List.of());
			List<SeatedParticipant> people = new ArrayList<>(byTable.getOrDefault(row.id(), List.of()));
			people.sort(byRole);
			return new Roundtable(row.id(), RoundtableKey.parse(row.key()), row.areaId() == null ? null
					: areas.getOrDefault(row.areaId(), ""), row.facilitator(), row.noteTaker(), row.summary(),
					texts(own, "THEME"), texts(own, "RECOMMENDATION"), people);
		}).sorted(Comparator.comparing((Roundtable t) -> t.key().kind())
			.thenComparing(t -> t.areaName() == null ? "" : t.areaName())
			.thenComparing(t -> t.key().number())).toList();
		unseated.sort(byRole);
		return new RoundtableBoard(event, repository.capacity(event.id()), tables, unseated);
	}

	private RoundtableRepository.TableRow table(PlannedEvent event, UUID tableId) {
		return repository.tables(event.id()).stream().filter(row -> row.id().equals(tableId)).findFirst()
			.orElseThrow(() -> new EventNotFoundException(String.valueOf(tableId)));
	}

	private PlannedEvent planned(String slug) {
		return planning.planned(slug).orElseThrow(() -> new EventNotFoundException(slug));
	}

	private static List<String> texts(List<RoundtableRepository.PointRow> points, String kind) {
		return points.stream().filter(point -> point.kind().equals(kind)).map(RoundtableRepository.PointRow::text)
			.toList();
	}

	private static List<String> items(List<String> lines) {
		return lines == null ? List.of() : lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private static String clean(String text) {
		return text == null ? "" : text.strip();
	}
}
