package dk.traedesten.trials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TrialLifecycleProperties {

	@Property
	void everyActionIsLegalExactlyWhereTheTableSaysAndIllegalOnesAreRefusedWithTheirStates(@ForAll TrialState from,
			@ForAll TrialAction action) {
		boolean listed = TrialLifecycle.transitions()
			.stream()
			.anyMatch(transition -> transition.from() == from && transition.action() == action);
		if (listed) {
			assertThat(TrialLifecycle.apply(from, action)).isEqualTo(TrialLifecycle.next(from, action).orElseThrow());
		}
		else {
			assertThatThrownBy(() -> TrialLifecycle.apply(from, action)).isInstanceOf(IllegalTransitionException.class)
				.satisfies(ex -> {
					assertThat(((IllegalTransitionException) ex).from()).isEqualTo(from);
					assertThat(((IllegalTransitionException) ex).action()).isEqualTo(action);
				});
		}
	}

	@Test
	void everyStateIsReachableFromDraft() {
		assertThat(reachableFrom(TrialState.DRAFT)).containsExactlyInAnyOrder(TrialState.values());
	}

	@Test
	void closedIsTheEndAndNotSelectedCanOnlyBeReconsidered() {
		assertThat(TrialLifecycle.actionsFrom(TrialState.CLOSED)).isEmpty();
		assertThat(TrialLifecycle.actionsFrom(TrialState.NOT_SELECTED)).containsExactly(TrialAction.RECONSIDER);
		assertThat(TrialState.CLOSED.finished()).isTrue();
		assertThat(TrialState.NOT_SELECTED.finished()).isTrue();
	}

	@Property
	void fromEveryStateAnEndCanBeReached(@ForAll TrialState state) {
		assertThat(reachableFrom(state)).containsAnyOf(TrialState.CLOSED, TrialState.NOT_SELECTED);
	}

	@Property
	void everyTransitionLeadsToAnotherState(@ForAll TrialState from, @ForAll TrialAction action) {
		TrialLifecycle.next(from, action).ifPresent(to -> assertThat(to).isNotEqualTo(from));
	}

	private static Set<TrialState> reachableFrom(TrialState start) {
		Set<TrialState> seen = EnumSet.of(start);
		Deque<TrialState> queue = new ArrayDeque<>(Set.of(start));
		while (!queue.isEmpty()) {
			TrialState state = queue.pop();
			for (TrialAction action : TrialLifecycle.actionsFrom(state)) {
				TrialState next = TrialLifecycle.apply(state, action);
				if (seen.add(next)) {
					queue.add(next);
				}
			}
		}
		return seen;
	}
}
