package dk.traedesten.trials.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dk.traedesten.trials.DueKind;

/**
 * The agreement made before a selected trial starts: when it starts, when the baseline is collected, when the
 * status and the evaluation are due, and the data-collection plan.
 */
public record Agreement(LocalDate startsOn, LocalDate baselineOn, LocalDate statusDueOn, LocalDate evaluationDueOn,
		String notes, List<DataCollection> plan, OffsetDateTime agreedAt) {

	public Agreement {
		plan = List.copyOf(plan);
	}

	/** One row of the data-collection plan: what is collected, how, when and by whom. */
	public record DataCollection(String what, String how, String timing, String responsible) {

		public boolean blank() {
			return (what == null || what.isBlank()) && (how == null || how.isBlank())
					&& (timing == null || timing.isBlank()) && (responsible == null || responsible.isBlank());
		}
	}

	public Map<DueKind, LocalDate> dueDates() {
		return Map.of(DueKind.BASELINE, baselineOn, DueKind.STATUS, statusDueOn, DueKind.EVALUATION, evaluationDueOn);
	}
}
