package dk.traedesten.trials.overview;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.trials.TrialState;

/** A call on the coordinator's dashboard: its trials counted by state, and how many are selected of the target. */
public record CallSummary(UUID id, String title, LocalDate closesOn, int targetCount, Map<TrialState, Integer> counts) {

	public int count(TrialState state) {
		return counts.getOrDefault(state, 0);
	}

	/** Selected, and every state a selected trial goes on to. */
	public int selected() {
		return counts.entrySet().stream()
			.filter(entry -> entry.getKey().ordinal() >= TrialState.SELECTED.ordinal()
					&& entry.getKey() != TrialState.NOT_SELECTED)
			.mapToInt(Map.Entry::getValue)
			.sum();
	}
}
