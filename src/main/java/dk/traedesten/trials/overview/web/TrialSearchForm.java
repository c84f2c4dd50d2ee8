package dk.traedesten.trials.overview.web;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import dk.traedesten.organisation.UnitKind;
import dk.traedesten.trials.Outcome;
import dk.traedesten.trials.TrialState;
import dk.traedesten.trials.overview.AgeGroup;
import dk.traedesten.trials.overview.TrialSearchCriteria;
import dk.traedesten.trials.overview.TrialSort;

/**
 * The search form's fields as the URL carries them. A value that does not parse (an edited or outdated link) is
 * left out, so the search still answers with the filters that do.
 */
record TrialSearchForm(String q, TrialState state, UUID call, UUID unit, UnitKind kind, Outcome outcome, AgeGroup age,
		TrialSort sort, Integer page) {

	static TrialSearchForm from(Map<String, String> params) {
		Integer page = parse(params.get("page"), Integer::valueOf);
		return new TrialSearchForm(params.get("q"), parse(params.get("state"), TrialState::valueOf),
				parse(params.get("call"), UUID::fromString), parse(params.get("unit"), UUID::fromString),
				parse(params.get("kind"), UnitKind::valueOf), parse(params.get("outcome"), Outcome::valueOf),
				parse(params.get("age"), AgeGroup::valueOf), parse(params.get("sort"), TrialSort::valueOf),
				page == null || page < 1 ? null : page);
	}

	private static <T> T parse(String value, Function<String, T> parser) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return parser.apply(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	TrialSearchCriteria criteria() {
		return new TrialSearchCriteria(q, state, call, unit, kind, outcome, age, sort, page == null ? 1 : page);
	}
}
