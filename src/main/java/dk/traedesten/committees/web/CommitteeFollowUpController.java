package dk.traedesten.committees.web;

import java.util.UUID;

import dk.traedesten.committees.Committee;
import dk.traedesten.committees.CommitteeAdministration;
import dk.traedesten.committees.CommitteeFollowUps;
import dk.traedesten.committees.CommitteeNotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "Opfølgning på beslutninger": a committee's open follow-ups, overdue ones marked, for its politicians and the
 * secretary of the same municipality. Another municipality's committee is not found (row-level security).
 */
@Controller
@PreAuthorize(CommitteeGuards.COMMITTEE_READER)
class CommitteeFollowUpController {

	static final int DONE_SHOWN = 10;

	private final CommitteeAdministration administration;

	private final CommitteeFollowUps followUps;

	CommitteeFollowUpController(CommitteeAdministration administration, CommitteeFollowUps followUps) {
		this.administration = administration;
		this.followUps = followUps;
	}

	@GetMapping("/udvalg/{id}/opfoelgning")
	String followUps(@PathVariable UUID id, Model model) {
		Committee committee = administration.committee(id).orElseThrow(CommitteeNotFoundException::new);
		model.addAttribute("committee", committee);
		model.addAttribute("open", followUps.openOf(id));
		model.addAttribute("done", followUps.doneOf(id, DONE_SHOWN));
		model.addAttribute("today", followUps.today());
		return "committees/follow-ups";
	}
}
