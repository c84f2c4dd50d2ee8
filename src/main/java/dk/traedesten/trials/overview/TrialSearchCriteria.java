package dk.traedesten.trials.overview;

import java.util.UUID;

import dk.traedesten.organisation.UnitKind;
import dk.traedesten.trials.Outcome;
import dk.traedesten.trials.TrialState;

/** What the search form asks for; every filter is optional. Pages count from 1. */
public record TrialSearchCriteria(String text, TrialState state, UUID callId, UUID unitId, UnitKind unitKind,
		Outcome outcome, AgeGroup ageGroup, TrialSort sort, int page) {

	public static final int PAGE_SIZE = 25;

	public TrialSearchCriteria {
		text = text == null || text.isBlank() ? null : text.strip();
		sort = sort == null ? TrialSort.UPDATED : sort;
		page = Math.max(page, 1);
	}

	public static TrialSearchCriteria none() {
		return new TrialSearchCriteria(null, null, null, null, null, null, null, null, 1);
	}

	public TrialSearchCriteria withCall(UUID call) {
		return new TrialSearchCriteria(text, state, call, unitId, unitKind, outcome, ageGroup, sort, page);
	}

	public TrialSearchCriteria withPage(int newPage) {
		return new TrialSearchCriteria(text, state, callId, unitId, unitKind, outcome, ageGroup, sort, newPage);
	}

	public boolean filtered() {
		return text != null || state != null || callId != null || unitId != null || unitKind != null || outcome != null
				|| ageGroup != null;
	}
}
