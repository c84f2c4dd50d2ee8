package dk.traedesten.committees;

import static dk.traedesten.committees.FollowUpStatus.DONE;
import static dk.traedesten.committees.FollowUpStatus.IN_PROGRESS;
import static dk.traedesten.committees.FollowUpStatus.NOT_STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** The moves and the overdue rule of a decision's follow-up, without Spring. */
class FollowUpRulesTests {

	static final LocalDate TODAY = LocalDate.of(2021, 4, 15);

	@Example
	void workGoesForwardWithoutANote() {
		assertThat(FollowUpRules.refusal(NOT_STARTED, IN_PROGRESS, "")).isEmpty();
		assertThat(FollowUpRules.refusal(IN_PROGRESS, DONE, null)).isEmpty();
		assertThat(FollowUpRules.refusal(NOT_STARTED, DONE, " ")).isEmpty();
	}

	@Example
	void goingBackNeedsANoteSayingWhy() {
		assertThat(FollowUpRules.refusal(DONE, IN_PROGRESS, "")).contains("note-needed-back");
		assertThat(FollowUpRules.refusal(IN_PROGRESS, NOT_STARTED, "  ")).contains("note-needed-back");
		assertThat(FollowUpRules.refusal(DONE, IN_PROGRESS, "Udvalget bad om mere")).isEmpty();
	}

	@Example
	void aNoteAloneIsAStatusReportButNothingAtAllIsRefused() {
		assertThat(FollowUpRules.refusal(IN_PROGRESS, IN_PROGRESS, "Halvvejs")).isEmpty();
		assertThat(FollowUpRules.refusal(IN_PROGRESS, IN_PROGRESS, "")).contains("nothing");
	}

	@Example
	void aNoteLongerThanTheLimitIsRefused() {
		assertThat(FollowUpRules.refusal(NOT_STARTED, IN_PROGRESS, "x".repeat(FollowUpRules.MAX_NOTE + 1)))
			.contains("note-too-long");
	}

	@Example
	void overdueFromTheDayAfterItsDueDateUntilDone() {
		LocalDate due = LocalDate.of(2021, 4, 14);
		assertThat(FollowUpRules.overdue(IN_PROGRESS, due, due)).isFalse();
		assertThat(FollowUpRules.overdue(IN_PROGRESS, due, due.plusDays(1))).isTrue();
		assertThat(FollowUpRules.overdue(NOT_STARTED, due, TODAY)).isTrue();
		assertThat(FollowUpRules.overdue(DONE, due, TODAY)).isFalse();
	}

	@Property
	void everyForwardMoveIsAllowedAndEveryBackwardMoveOnlyWithANote(@ForAll FollowUpStatus from,
			@ForAll FollowUpStatus to, @ForAll @StringLength(max = 50) String note) {
		boolean noted = !note.isBlank();
		boolean allowed = FollowUpRules.refusal(from, to, note).isEmpty();
		if (from == to) {
			assertThat(allowed).isEqualTo(noted);
		}
		else if (to.compareTo(from) > 0) {
			assertThat(allowed).isTrue();
		}
		else {
			assertThat(allowed).isEqualTo(noted);
		}
	}

	@Property
	void aDoneFollowUpIsNeverOverdueAndAnOpenOneIsExactlyWhenItsDateHasPassed(@ForAll FollowUpStatus status,
			@ForAll @IntRange(min = -400, max = 400) int daysFromToday) {
		LocalDate due = TODAY.plusDays(daysFromToday);
		boolean overdue = FollowUpRules.overdue(status, due, TODAY);
		assertThat(overdue).isEqualTo(status != DONE && daysFromToday < 0);
		assertThat(FollowUpRules.open(status)).isEqualTo(status != DONE);
	}

	@Property
	void fromAnyStatusDoneCanBeReachedAndStaysDoneUntilReopenedWithANote(@ForAll FollowUpStatus from) {
		if (from != DONE) {
			assertThat(FollowUpRules.refusal(from, DONE, "")).isEmpty();
		}
		assertThat(FollowUpRules.refusal(DONE, from, "")).isNotEmpty();
	}
}
