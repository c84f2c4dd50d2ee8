package dk.traedesten.trials.overview.web;

import java.time.Clock;
import java.time.LocalDate;

import dk.traedesten.identity.SignedInUser;
import dk.traedesten.organisation.Role;
import dk.traedesten.trials.TrialState;
import dk.traedesten.trials.overview.TrialOverviews;
import dk.traedesten.trials.overview.Viewer;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page of "Prøvehandlinger": the signed-in person's own trials, and the sections their roles add (unit
 * leader: approvals; coordinator: the dashboard of calls and dates; committee member: applications to read).
 */
@Controller
@PreAuthorize(MunicipalUsers.ONLY)
class TrialLandingController {

	private final TrialOverviews overviews;

	private final Clock clock;

	TrialLandingController(TrialOverviews overviews, Clock clock) {
		this.overviews = overviews;
		this.clock = clock;
	}

	@GetMapping("/proevehandlinger")
	String landing(@AuthenticationPrincipal SignedInUser user, Model model) {
		Viewer viewer = Viewer.of(user);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("mine", overviews.mine(viewer, today));
		model.addAttribute("openCalls", overviews.openCalls(today));
		model.addAttribute("today", today);
		if (user.holds(Role.UNIT_LEADER)) {
			model.addAttribute("approvals", overviews.awaitingApproval(viewer));
		}
		if (user.holds(Role.STRATEGY_COORDINATOR)) {
			model.addAttribute("calls", overviews.calls(viewer));
			model.addAttribute("states", TrialState.values());
			model.addAttribute("due", overviews.due(viewer, today));
		}
		if (user.holds(Role.SELECTION_COMMITTEE_MEMBER)) {
			model.addAttribute("inReview", overviews.inReview(viewer));
		}
		return "trials/overview/landing";
	}
}
