package dk.traedesten.trials.overview.web;

import java.util.Map;

import dk.traedesten.identity.SignedInUser;
import dk.traedesten.organisation.UnitKind;
import dk.traedesten.platform.web.PageOrFragment;
import dk.traedesten.trials.Outcome;
import dk.traedesten.trials.TrialState;
import dk.traedesten.trials.overview.AgeGroup;
import dk.traedesten.trials.overview.TrialOverviews;
import dk.traedesten.trials.overview.TrialSearch;
import dk.traedesten.trials.overview.TrialSort;
import dk.traedesten.trials.overview.Viewer;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Search and filters over the trials the signed-in person may read. A plain GET form; with htmx the results are
 * replaced in place and the address follows, so a search can be bookmarked and shared.
 */
@Controller
@PreAuthorize(MunicipalUsers.ONLY)
class TrialSearchController {

	private final TrialSearch search;

	private final TrialOverviews overviews;

	TrialSearchController(TrialSearch search, TrialOverviews overviews) {
		this.search = search;
		this.overviews = overviews;
	}

	@GetMapping(SearchLinks.PATH)
	String search(@RequestParam Map<String, String> params, @AuthenticationPrincipal SignedInUser user,
			HtmxRequest htmx, Model model) {
		TrialSearchForm form = TrialSearchForm.from(params);
		model.addAttribute("form", form);
		model.addAttribute("result", search.search(Viewer.of(user), form.criteria()));
		model.addAttribute("links", new SearchLinks(form));
		model.addAttribute("filtered", form.criteria().filtered());
		model.addAttribute("states", TrialState.values());
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("ages", AgeGroup.values());
		model.addAttribute("sorts", TrialSort.values());
		model.addAttribute("calls", overviews.callChoices());
		model.addAttribute("units", overviews.unitChoices());
		return PageOrFragment.view(htmx, "trials/overview/search", "results");
	}
}
