package dk.traedesten.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Seed 004's two choice groups: one political talk per municipality, up to three of five theme sessions. */
class ChoiceRulesTests {

	final ChoiceGroup political = new ChoiceGroup(UUID.randomUUID(), "Politiske oplæg", "", 1, 1, Chooser.ORGANISATION);

	final ChoiceGroup themes = new ChoiceGroup(UUID.randomUUID(), "Temamøder", "", 0, 3, Chooser.PARTICIPANT);

	final List<ProgrammeItem> talks = items(political, 3, null);

	final List<ProgrammeItem> sessions = items(themes, 5, 40);

	@Test
	void aMunicipalityChoosesExactlyOnePoliticalTalk() {
		assertThat(ChoiceRules.check(political, talks, List.of(talks.get(1).id()), Map.of())).isEmpty();
		assertThat(ChoiceRules.check(political, talks, List.of(), Map.of())).containsExactly(ChoiceProblem.TOO_FEW);
		assertThat(ChoiceRules.check(political, talks, List.of(talks.get(0).id(), talks.get(2).id()), Map.of()))
			.containsExactly(ChoiceProblem.TOO_MANY);
		assertThat(political.exactlyOne()).isTrue();
	}

	@Test
	void aParticipantWatchesUpToThreeThemeSessions() {
		assertThat(ChoiceRules.check(themes, sessions, List.of(), Map.of())).isEmpty();
		assertThat(ChoiceRules.check(themes, sessions, ids(sessions.subList(0, 3)), Map.of())).isEmpty();
		assertThat(ChoiceRules.check(themes, sessions, ids(sessions.subList(0, 4)), Map.of()))
			.containsExactly(ChoiceProblem.TOO_MANY);
	}

	@Test
	void choosingTheSameSessionTwiceCountsOnce() {
		UUID one = sessions.get(0).id();
		assertThat(ChoiceRules.check(political, talks, List.of(talks.get(0).id(), talks.get(0).id()), Map.of()))
			.isEmpty();
		assertThat(ChoiceRules.check(themes, sessions, List.of(one, one, one, one), Map.of())).isEmpty();
	}

	@Test
	void anItemOfAnotherGroupIsNotOffered() {
		assertThat(ChoiceRules.check(themes, sessions, List.of(talks.get(0).id()), Map.of()))
			.containsExactly(ChoiceProblem.NOT_OFFERED);
	}

	@Test
	void aFullSessionIsRefusedAndOneSeatLeftIsNot() {
		UUID full = sessions.get(0).id();
		UUID lastSeat = sessions.get(1).id();
		assertThat(ChoiceRules.check(themes, sessions, List.of(full), Map.of(full, 40)))
			.containsExactly(ChoiceProblem.FULL);
		assertThat(ChoiceRules.check(themes, sessions, List.of(lastSeat), Map.of(lastSeat, 39))).isEmpty();
	}

	@Test
	void anOnlineTalkWithoutCapacityIsNeverFull() {
		UUID talk = talks.get(0).id();
		assertThat(ChoiceRules.check(political, talks, List.of(talk), Map.of(talk, 100_000))).isEmpty();
	}

	private static List<ProgrammeItem> items(ChoiceGroup group, int count, Integer capacity) {
		return IntStream.rangeClosed(1, count)
			.mapToObj(n -> new ProgrammeItem(UUID.randomUUID(), n, LocalTime.of(13, 0), null, ProgrammeItemKind.TALK,
					null, group.name() + " " + n, "", List.of(), "", group.id(), capacity))
			.toList();
	}

	private static List<UUID> ids(List<ProgrammeItem> items) {
		return items.stream().map(ProgrammeItem::id).toList();
	}
}
