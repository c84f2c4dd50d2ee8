package dk.traedesten.organisation.web;

import dk.traedesten.organisation.internal.AreaRepository;
import dk.traedesten.organisation.internal.PersonRepository;
import dk.traedesten.organisation.internal.UnitRepository;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PLATFORM_ADMINISTRATOR')")
class OrganisationOverviewController {

	private final AreaRepository areas;

	private final UnitRepository units;

	private final PersonRepository people;

	OrganisationOverviewController(AreaRepository areas, UnitRepository units, PersonRepository people) {
		this.areas = areas;
		this.units = units;
		this.people = people;
	}

	@GetMapping("/organisation")
	String overview(Model model) {
		model.addAttribute("areaCount", areas.findAll().size());
		model.addAttribute("unitCount", units.count());
		model.addAttribute("personCount", people.count());
		return "organisation/overview";
	}
}
