package dk.traedesten.trials.overview.web;

import java.util.UUID;

import dk.traedesten.organisation.UnitKind;
import dk.traedesten.trials.Outcome;
import dk.traedesten.trials.TrialState;
import dk.traedesten.trials.overview.AgeGroup;
import dk.traedesten.trials.overview.TrialSearchCriteria;
import dk.traedesten.trials.overview.TrialSort;

/**
 * The search form's fields as the URL carries them. A value that does not parse (an edited URL) is left out, so
 * the search still answers.
 */
record TrialSearchForm(String q, TrialState state, UUID call, UUID unit, UnitKind kind, Outcome outcome, AgeGroup age,
		TrialSort sort, Integer page) {

	TrialSearchCriteria criteria() {
		return new TrialSearchCriteria(q, state, call, unit, kind, outcome, age, sort, page == null ? 1 : page);
	}
}
