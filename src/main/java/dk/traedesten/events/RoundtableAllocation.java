package dk.traedesten.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Seats a webinar's participants at roundtables as seed 000 describes them: tables of at most {@code capacity} by
 * the participant's area, the committee at the City Hall table with the association representatives and the leaders
 * the organiser selected (moved there by hand), a unit's people at one table, and the roles mixed across tables.
 * Deterministic: the same people, moves and capacity always give the same seats, whatever the order they come in.
 * <p>
 * In order: committee members go to City Hall (refused when they alone exceed a table); then the people moved by
 * hand stay where they were moved while that table has room; association representatives join City Hall while it
 * has room; the others go in groups (a unit's people together, everyone else alone), each area's groups to its own
 * tables (as many as its people need), those without an area spread over all area tables. A group goes to the table
 * with room where its role is rarest, then the emptiest; when none has room a new table is opened, so a unit is split
 * only when it alone is larger than a table.
 */
public final class RoundtableAllocation {

	/** One participant as the allocation sees them; area and unit may be null. */
	public record Person(UUID id, ParticipantRole role, UUID area, UUID unit) {

		public Person {
			role = role == null ? ParticipantRole.OTHER : role;
		}
	}

	/** Who sits where, and the tables in their order. */
	public record Seating(Map<UUID, RoundtableKey> seats, SortedSet<RoundtableKey> tables) {

		public List<UUID> at(RoundtableKey table) {
			return seats.entrySet().stream().filter(seat -> seat.getValue().equals(table)).map(Map.Entry::getKey)
				.sorted(Comparator.comparing(UUID::toString)).toList();
		}
	}

	private final int capacity;

	private final Map<RoundtableKey, List<Person>> tables = new TreeMap<>();

	private final Map<UUID, RoundtableKey> seats = new LinkedHashMap<>();

	private RoundtableAllocation(int capacity) {
		this.capacity = capacity;
	}

	/**
	 * @param pins the tables people were moved to by hand; a move to a full table, or of a committee member, is not kept
	 * @throws IllegalArgumentException when the capacity is below one, an id comes twice, or the committee alone
	 * would overfill the City Hall table
	 */
	public static Seating allocate(Collection<Person> people, Map<UUID, RoundtableKey> pins, int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("a table needs at least one seat");
		}
		List<Person> sorted = new ArrayList<>(people);
		sorted.sort(Comparator.comparing(person -> person.id().toString()));
		Set<UUID> ids = new HashSet<>();
		sorted.forEach(person -> {
			if (!ids.add(person.id())) {
				throw new IllegalArgumentException("twice: " + person.id());
			}
		});
		long committee = sorted.stream().filter(RoundtableAllocation::committee).count();
		if (committee > capacity) {
			throw new IllegalArgumentException(committee + " committee members at a table of " + capacity);
		}
		return new RoundtableAllocation(capacity).run(sorted, pins);
	}

	private Seating run(List<Person> people, Map<UUID, RoundtableKey> pins) {
		people.stream().filter(RoundtableAllocation::committee).forEach(person -> seat(person, RoundtableKey.CITY_HALL));
		for (Person person : people) {
			RoundtableKey pin = pins.get(person.id());
			if (!seated(person) && pin != null && room(pin) >= 1) {
				seat(person, pin);
			}
		}
		for (Person person : people) {
			if (!seated(person) && person.role() == ParticipantRole.ASSOCIATION && room(RoundtableKey.CITY_HALL) >= 1) {
				seat(person, RoundtableKey.CITY_HALL);
			}
		}
		Map<UUID, List<List<Person>>> byArea = new TreeMap<>(Comparator.comparing(UUID::toString));
		List<List<Person>> withoutArea = new ArrayList<>();
		for (List<Person> group : groups(people)) {
			UUID area = group.stream().map(Person::area).filter(a -> a != null).findFirst().orElse(null);
			if (area == null) {
				withoutArea.add(group);
			}
			else {
				byArea.computeIfAbsent(area, a -> new ArrayList<>()).add(group);
			}
		}
		byArea.forEach(this::seatArea);
		sortGroups(withoutArea);
		for (List<Person> group : withoutArea) {
			place(group, () -> tables.keySet().stream().filter(key -> !key.cityHall()).toList(),
					() -> RoundtableKey.extra(next(RoundtableKey.Kind.EXTRA, null)));
		}
		tables.values().removeIf(List::isEmpty);
		return new Seating(Map.copyOf(seats), new TreeSet<>(tables.keySet()));
	}

	private void seatArea(UUID area, List<List<Person>> groups) {
		int people = groups.stream().mapToInt(List::size).sum() + (int) tables.entrySet().stream()
			.filter(table -> area.equals(table.getKey().area())).mapToLong(table -> table.getValue().size()).sum();
		int needed = Math.max(1, (people + capacity - 1) / capacity);
		for (int number = 1; number <= needed; number++) {
			tables.putIfAbsent(RoundtableKey.area(area, number), new ArrayList<>());
		}
		sortGroups(groups);
		for (List<Person> group : groups) {
			place(group, () -> tables.keySet().stream().filter(key -> area.equals(key.area())).toList(),
					() -> RoundtableKey.area(area, next(RoundtableKey.Kind.AREA, area)));
		}
	}

	private void place(List<Person> group, Supplier<List<RoundtableKey>> candidates, Supplier<RoundtableKey> opener) {
		if (group.size() > capacity) {
			group.forEach(person -> place(List.of(person), candidates, opener));
			return;
		}
		ParticipantRole role = group.get(0).role();
		RoundtableKey best = candidates.get()
			.stream()
			.filter(key -> room(key) >= group.size())
			.min(Comparator.<RoundtableKey>comparingLong(key -> count(key, role))
				.thenComparingInt(key -> tables.get(key).size())
				.thenComparing(Comparator.naturalOrder()))
			.orElseGet(() -> {
				RoundtableKey opened = opener.get();
				tables.put(opened, new ArrayList<>());
				return opened;
			});
		group.forEach(person -> seat(person, best));
	}

	/** The unseated people in groups: a unit's people together, everyone else alone, in the order of their ids. */
	private List<List<Person>> groups(List<Person> people) {
		Map<Object, List<Person>> groups = new LinkedHashMap<>();
		for (Person person : people) {
			if (!seated(person)) {
				// An association's representative who found no seat at City Hall takes a seat alone.
				boolean alone = person.unit() == null || person.role() == ParticipantRole.ASSOCIATION;
				groups.computeIfAbsent(alone ? person.id() : person.unit(), key -> new ArrayList<>()).add(person);
			}
		}
		return new ArrayList<>(groups.values());
	}

	/** The largest groups first, so they find a table with room; then by role, so each role is dealt out in turn. */
	private static void sortGroups(List<List<Person>> groups) {
		groups.sort(Comparator.<List<Person>>comparingInt(List::size)
			.reversed()
			.thenComparing(group -> group.get(0).role())
			.thenComparing(group -> group.get(0).id().toString()));
	}

	private int next(RoundtableKey.Kind kind, UUID area) {
		return tables.keySet().stream()
			.filter(key -> key.kind() == kind && (area == null || area.equals(key.area())))
			.mapToInt(RoundtableKey::number).max().orElse(0) + 1;
	}

	private long count(RoundtableKey table, ParticipantRole role) {
		return tables.get(table).stream().filter(person -> person.role() == role).count();
	}

	private int room(RoundtableKey table) {
		return capacity - tables.getOrDefault(table, List.of()).size();
	}

	private boolean seated(Person person) {
		return seats.containsKey(person.id());
	}

	private void seat(Person person, RoundtableKey table) {
		tables.computeIfAbsent(table, key -> new ArrayList<>()).add(person);
		seats.put(person.id(), table);
	}

	private static boolean committee(Person person) {
		return person.role() == ParticipantRole.COMMITTEE_MEMBER;
	}
}
