package dk.traedesten.trials.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.traedesten.trials.DueKind;
import dk.traedesten.trials.TrialState;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ReminderRulesProperties {

	static final LocalDate DUE = LocalDate.of(2026, 3, 1);

	static ReminderRules.Schedule schedule(TrialState state) {
		return new ReminderRules.Schedule(state,
				Map.of(DueKind.BASELINE, DUE.minusMonths(6), DueKind.STATUS, DUE, DueKind.EVALUATION, DUE.plusMonths(4)));
	}

	@Property
	void aBeforeReminderFallsOnlyInTheFourteenDaysBeforeItsDate(@ForAll("followedUp") TrialState state,
			@ForAll @IntRange(min = -400, max = 400) int offset) {
		LocalDate today = DUE.plusDays(offset);
		for (ReminderRules.Reminder reminder : ReminderRules.due(schedule(state), today)) {
			if (reminder.kind() == ReminderRules.Kind.BEFORE) {
				assertThat(reminder.dueOn()).isAfterOrEqualTo(today).isBeforeOrEqualTo(today.plusDays(14));
			}
			else {
				assertThat(reminder.dueOn()).isBefore(today);
				assertThat(reminder.due()).isNotEqualTo(DueKind.BASELINE);
			}
		}
	}

	@Property
	void walkingDayByDayEachDateGetsBothBeforeRemindersAndOneOverdueUntilItsReportIsIn(
			@ForAll("followedUp") TrialState state) {
		Set<ReminderRules.Reminder> sent = new HashSet<>();
		for (LocalDate day = DUE.minusMonths(8); day.isBefore(DUE.plusMonths(8)); day = day.plusDays(1)) {
			sent.addAll(ReminderRules.due(schedule(state), day));
		}
		for (DueKind kind : DueKind.values()) {
			boolean in = ReminderRules.delivered(kind, state);
			long before = sent.stream().filter(r -> r.due() == kind && r.kind() == ReminderRules.Kind.BEFORE).count();
			long overdue = sent.stream().filter(r -> r.due() == kind && r.kind() == ReminderRules.Kind.OVERDUE).count();
			assertThat(before).isEqualTo(in ? 0 : 2);
			assertThat(overdue).isEqualTo(in || kind == DueKind.BASELINE ? 0 : 1);
		}
	}

	@Property
	void trialsNotUnderFollowUpGetNothing(@ForAll TrialState state, @ForAll @IntRange(min = -400, max = 400) int offset) {
		if (state != TrialState.AGREEMENT_MADE && state != TrialState.RUNNING && state != TrialState.STATUS_REPORTED) {
			assertThat(ReminderRules.due(schedule(state), DUE.plusDays(offset))).isEmpty();
		}
	}

	@Example
	void fourteenDaysAheadOfTheStatusOneReminderIsDue() {
		assertThat(ReminderRules.due(schedule(TrialState.RUNNING), DUE.minusDays(14)))
			.containsExactly(new ReminderRules.Reminder(DueKind.STATUS, DUE, ReminderRules.Kind.BEFORE, 14));
		assertThat(ReminderRules.due(schedule(TrialState.RUNNING), DUE.minusDays(2)))
			.containsExactly(new ReminderRules.Reminder(DueKind.STATUS, DUE, ReminderRules.Kind.BEFORE, 2));
		assertThat(ReminderRules.due(schedule(TrialState.RUNNING), DUE.minusDays(15))).isEmpty();
	}

	@Provide
	Arbitrary<TrialState> followedUp() {
		return Arbitraries.of(List.of(TrialState.AGREEMENT_MADE, TrialState.RUNNING, TrialState.STATUS_REPORTED));
	}
}
