package dk.traedesten.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dk.traedesten.events.RoundtableAllocation.Person;
import dk.traedesten.events.RoundtableAllocation.Seating;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The rules of seating a webinar's participants at roundtables (seed 000), for any participants and capacity. */
class RoundtableAllocationProperties {

	/** A webinar's people: a few areas, units that lie in one area each, roles of every kind, and a table size. */
	record Webinar(List<Person> people, int capacity) {
	}

	@Provide
	Arbitrary<Webinar> webinars() {
		Arbitrary<Long> seeds = Arbitraries.longs();
		Arbitrary<Integer> sizes = Arbitraries.integers().between(0, 260);
		Arbitrary<Integer> capacities = Arbitraries.integers().between(1, 60);
		Arbitrary<Integer> areaCounts = Arbitraries.integers().between(0, 6);
		return Combinators.combine(seeds, sizes, capacities, areaCounts).as(RoundtableAllocationProperties::webinar);
	}

	static Webinar webinar(long seed, int size, int capacity, int areaCount) {
		Random random = new Random(seed);
		List<UUID> areas = new ArrayList<>();
		for (int i = 0; i < areaCount; i++) {
			areas.add(new UUID(seed, i));
		}
		int unitCount = random.nextInt(size / 2 + 1);
		List<UUID> units = new ArrayList<>();
		List<UUID> unitAreas = new ArrayList<>();
		for (int i = 0; i < unitCount; i++) {
			units.add(new UUID(seed + 1, i));
			unitAreas.add(areas.isEmpty() || random.nextInt(5) == 0 ? null : areas.get(random.nextInt(areas.size())));
		}
		ParticipantRole[] roles = ParticipantRole.values();
		List<Person> people = new ArrayList<>();
		int committee = 0;
		for (int i = 0; i < size; i++) {
			ParticipantRole role = roles[random.nextInt(roles.length)];
			if (role == ParticipantRole.COMMITTEE_MEMBER && ++committee > capacity) {
				role = ParticipantRole.OTHER;
			}
			UUID unit = null;
			UUID area = areas.isEmpty() || random.nextInt(4) == 0 ? null : areas.get(random.nextInt(areas.size()));
			if (!units.isEmpty() && random.nextInt(3) > 0) {
				int which = random.nextInt(units.size());
				unit = units.get(which);
				area = unitAreas.get(which);
			}
			people.add(new Person(new UUID(seed + 2, i), role, area, unit));
		}
		return new Webinar(people, capacity);
	}

	@Property
	void everyParticipantIsSeatedExactlyOnce(@ForAll("webinars") Webinar webinar) {
		Seating seating = RoundtableAllocation.allocate(webinar.people(), Map.of(), webinar.capacity());

		assertThat(seating.seats().keySet()).containsExactlyInAnyOrderElementsOf(
				webinar.people().stream().map(Person::id).toList());
		assertThat(seating.tables().stream().mapToInt(table -> seating.at(table).size()).sum())
			.isEqualTo(webinar.people().size());
	}

	@Property
	void noTableIsOverCapacityAndNoneIsEmpty(@ForAll("webinars") Webinar webinar) {
		Seating seating = RoundtableAllocation.allocate(webinar.people(), Map.of(), webinar.capacity());

		for (RoundtableKey table : seating.tables()) {
			assertThat(seating.at(table)).as(table.toString()).isNotEmpty().hasSizeLessThanOrEqualTo(webinar.capacity());
		}
	}

	@Property
	void committeeMembersAllSitAtTheCityHallTable(@ForAll("webinars") Webinar webinar) {
		Seating seating = RoundtableAllocation.allocate(webinar.people(), Map.of(), webinar.capacity());

		webinar.people().stream().filter(person -> person.role() == ParticipantRole.COMMITTEE_MEMBER)
			.forEach(person -> assertThat(seating.seats().get(person.id())).isEqualTo(RoundtableKey.CITY_HALL));
	}

	@Property
	void aUnitIsNeverSplitWhenItFitsAtOneTable(@ForAll("webinars") Webinar webinar) {
		Seating seating = RoundtableAllocation.allocate(webinar.people(), Map.of(), webinar.capacity());

		Map<UUID, List<Person>> units = webinar.people().stream()
			.filter(person -> person.unit() != null && person.role() != ParticipantRole.COMMITTEE_MEMBER
					&& person.role() != ParticipantRole.ASSOCIATION)
			.collect(Collectors.groupingBy(Person::unit));
		units.forEach((unit, members) -> {
			if (members.size() <= webinar.capacity()) {
				Set<RoundtableKey> tables = members.stream().map(person -> seating.seats().get(person.id()))
					.collect(Collectors.toSet());
				assertThat(tables).as("unit " + unit).hasSize(1);
			}
		});
	}

	@Property
	void aPersonOfAnAreaWithoutAUnitSitsAtAnAreaTableOfTheirArea(@ForAll("webinars") Webinar webinar) {
		Seating seating = RoundtableAllocation.allocate(webinar.people(), Map.of(), webinar.capacity());

		webinar.people().stream()
			.filter(person -> person.area() != null && person.unit() == null
					&& person.role() != ParticipantRole.COMMITTEE_MEMBER && person.role() != ParticipantRole.ASSOCIATION)
			.forEach(person -> assertThat(seating.seats().get(person.id()).area()).isEqualTo(person.area()));
	}

	@Property
	void theSameParticipantsInAnyOrderGetTheSameSeats(@ForAll("webinars") Webinar webinar, @ForAll long shuffle) {
		List<Person> shuffled = new ArrayList<>(webinar.people());
		Collections.shuffle(shuffled, new Random(shuffle));

		assertThat(RoundtableAllocation.allocate(shuffled, Map.of(), webinar.capacity()))
			.isEqualTo(RoundtableAllocation.allocate(webinar.people(), Map.of(), webinar.capacity()));
	}

	@Property
	void aMoveByHandIsKeptWhileTheTableHasRoom(@ForAll("webinars") Webinar webinar, @ForAll long pick) {
		Assume.that(!webinar.people().isEmpty());
		Seating first = RoundtableAllocation.allocate(webinar.people(), Map.of(), webinar.capacity());
		Person moved = webinar.people().get((int) Math.floorMod(pick, (long) webinar.people().size()));
		Assume.that(moved.role() != ParticipantRole.COMMITTEE_MEMBER);
		RoundtableKey target = RoundtableKey.extra(9);

		Seating again = RoundtableAllocation.allocate(webinar.people(), Map.of(moved.id(), target), webinar.capacity());

		assertThat(again.seats().get(moved.id())).isEqualTo(target);
		assertThat(again.seats().keySet()).isEqualTo(first.seats().keySet());
	}

	@Example
	void aCommitteeLargerThanATableIsRefused() {
		List<Person> committee = List.of(person(ParticipantRole.COMMITTEE_MEMBER, null, null),
				person(ParticipantRole.COMMITTEE_MEMBER, null, null), person(ParticipantRole.COMMITTEE_MEMBER, null, null));

		assertThatThrownBy(() -> RoundtableAllocation.allocate(committee, Map.of(), 2))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 committee members");
	}

	@Example
	void aMoveOfACommitteeMemberAwayFromCityHallIsNotKept() {
		Person member = person(ParticipantRole.COMMITTEE_MEMBER, null, null);

		Seating seating = RoundtableAllocation.allocate(List.of(member), Map.of(member.id(), RoundtableKey.extra(1)), 40);

		assertThat(seating.seats()).containsEntry(member.id(), RoundtableKey.CITY_HALL);
	}

	private static Person person(ParticipantRole role, UUID area, UUID unit) {
		return new Person(UUID.randomUUID(), role, area, unit);
	}
}
