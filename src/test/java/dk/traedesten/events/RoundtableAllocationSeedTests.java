package dk.traedesten.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.events.RoundtableAllocation.Person;
import dk.traedesten.events.RoundtableAllocation.Seating;
import org.junit.jupiter.api.Test;

/**
 * København's webinar of 24 September 2021 (seed 000): about 200 participants, about 40 per area at the area
 * roundtables, the committee at City Hall with selected school and cluster leaders and a representative of the
 * autism association. The composition is the demo's: 11 committee members, 4 directors, 19 from the administration,
 * and in each of 5 areas 2 area leaders, 7 schools with 2 leaders each, 8 cluster leaders and 9 representatives of
 * self-governing daycare; 200 in all.
 */
class RoundtableAllocationSeedTests {

	static final int CAPACITY = 40;

	final List<UUID> areas = List.of(id(1, 1), id(1, 2), id(1, 3), id(1, 4), id(1, 5));

	final List<Person> people = new ArrayList<>();

	int next;

	RoundtableAllocationSeedTests() {
		add(11, ParticipantRole.COMMITTEE_MEMBER, null, null);
		add(4, ParticipantRole.DIRECTOR, null, null);
		add(19, ParticipantRole.ADMINISTRATION, null, null);
		add(1, ParticipantRole.ASSOCIATION, null, null);
		for (int a = 0; a < areas.size(); a++) {
			UUID area = areas.get(a);
			add(2, ParticipantRole.AREA_LEADER, area, null);
			for (int school = 0; school < 7; school++) {
				add(2, ParticipantRole.SCHOOL_LEADER, area, id(2, a * 10 + school));
			}
			add(8, ParticipantRole.CLUSTER_LEADER, area, null);
			add(9, ParticipantRole.SELF_GOVERNING_DAYCARE, area, null);
		}
	}

	@Test
	void twoHundredParticipantsSitAtCityHallAndOneTableOfAboutFortyPerArea() {
		assertThat(people).hasSize(200);

		Seating seating = RoundtableAllocation.allocate(people, Map.of(), CAPACITY);

		assertThat(seating.tables()).hasSize(6);
		assertThat(seating.tables().first()).isEqualTo(RoundtableKey.CITY_HALL);
		// The 11 committee members and the association's representative.
		assertThat(seating.at(RoundtableKey.CITY_HALL)).hasSize(12);
		for (UUID area : areas) {
			// 33 of the area and 23 directors and administration spread over five tables: 4 or 5 each.
			assertThat(seating.at(RoundtableKey.area(area, 1))).hasSizeBetween(37, 38);
		}
		assertThat(rolesAt(seating, RoundtableKey.area(areas.get(0), 1))).containsEntry(ParticipantRole.SCHOOL_LEADER, 14L)
			.containsEntry(ParticipantRole.CLUSTER_LEADER, 8L).containsEntry(ParticipantRole.AREA_LEADER, 2L)
			.containsEntry(ParticipantRole.SELF_GOVERNING_DAYCARE, 9L);
	}

	@Test
	void theDirectorsAndTheAdministrationAreSpreadOverTheAreaTables() {
		Seating seating = RoundtableAllocation.allocate(people, Map.of(), CAPACITY);

		for (UUID area : areas) {
			Map<ParticipantRole, Long> roles = rolesAt(seating, RoundtableKey.area(area, 1));
			assertThat(roles.getOrDefault(ParticipantRole.ADMINISTRATION, 0L)).isBetween(3L, 4L);
			assertThat(roles.getOrDefault(ParticipantRole.DIRECTOR, 0L)).isBetween(0L, 1L);
		}
	}

	@Test
	void selectedLeadersMovedToCityHallStayThereAndTheirAreaTableShrinks() {
		UUID school = people.stream().filter(person -> person.unit() != null).findFirst().orElseThrow().unit();
		Map<UUID, RoundtableKey> moves = new HashMap<>();
		people.stream().filter(person -> school.equals(person.unit()))
			.forEach(person -> moves.put(person.id(), RoundtableKey.CITY_HALL));
		people.stream().filter(person -> person.role() == ParticipantRole.CLUSTER_LEADER).limit(3)
			.forEach(person -> moves.put(person.id(), RoundtableKey.CITY_HALL));

		Seating seating = RoundtableAllocation.allocate(people, moves, CAPACITY);

		assertThat(seating.at(RoundtableKey.CITY_HALL)).hasSize(17).containsAll(moves.keySet());
		assertThat(seating.tables()).hasSize(6);
	}

	@Test
	void aLargerAreaGetsTwoTablesOfAboutTwentyFiveToThirtyWithEachSchoolAtOneTable() {
		for (int school = 0; school < 7; school++) {
			add(2, ParticipantRole.SCHOOL_LEADER, areas.get(0), id(3, school));
		}

		Seating seating = RoundtableAllocation.allocate(people, Map.of(), CAPACITY);

		int first = seating.at(RoundtableKey.area(areas.get(0), 1)).size();
		int second = seating.at(RoundtableKey.area(areas.get(0), 2)).size();
		// 47 of the area and a share of the directors and administration that grows with its tables.
		assertThat(first).isBetween(25, 30);
		assertThat(second).isBetween(25, 30);
		assertThat(Math.abs(first - second)).isLessThanOrEqualTo(2);
		Map<UUID, RoundtableKey> seats = seating.seats();
		people.stream().filter(person -> person.unit() != null).forEach(person -> assertThat(seats.get(person.id()))
			.isEqualTo(seats.get(people.stream().filter(other -> person.unit().equals(other.unit())).findFirst()
				.orElseThrow().id())));
	}

	private Map<ParticipantRole, Long> rolesAt(Seating seating, RoundtableKey table) {
		Map<ParticipantRole, Long> roles = new HashMap<>();
		for (UUID id : seating.at(table)) {
			people.stream().filter(person -> person.id().equals(id)).findFirst()
				.ifPresent(person -> roles.merge(person.role(), 1L, Long::sum));
		}
		return roles;
	}

	private void add(int count, ParticipantRole role, UUID area, UUID unit) {
		for (int i = 0; i < count; i++) {
			people.add(new Person(id(9, ++next), role, area, unit));
		}
	}

	private static UUID id(long kind, long number) {
		return new UUID(kind, number);
	}
}
