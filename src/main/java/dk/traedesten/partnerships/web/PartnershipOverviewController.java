package dk.traedesten.partnerships.web;

import dk.traedesten.partnerships.Partnerships;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The organisers' overview: municipalities per partnership, their people and attendance per network day. Any event
 * organiser passes the guard; row-level security shows each only the partnerships their organisation runs.
 */
@Controller
@PreAuthorize("hasAnyRole('EVENT_ORGANISER', 'PLATFORM_ADMINISTRATOR')")
class PartnershipOverviewController {

	private final Partnerships partnerships;

	PartnershipOverviewController(Partnerships partnerships) {
		this.partnerships = partnerships;
	}

	@GetMapping("/partnerskaber/oversigt")
	String overview(Model model) {
		model.addAttribute("overviews", partnerships.overview());
		model.addAttribute("dayNumbers", java.util.List.of(1, 2, 3, 4));
		return "partnerships/overview";
	}
}
