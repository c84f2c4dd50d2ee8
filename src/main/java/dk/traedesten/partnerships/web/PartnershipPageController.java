package dk.traedesten.partnerships.web;

import dk.traedesten.partnerships.MemberRules;
import dk.traedesten.partnerships.Partnerships;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public page: what the partnerships are, their network days and how a municipality joins. */
@Controller
class PartnershipPageController {

	private final Partnerships partnerships;

	PartnershipPageController(Partnerships partnerships) {
		this.partnerships = partnerships;
	}

	@GetMapping("/partnerskaber")
	String page(Model model) {
		model.addAttribute("partnerships", partnerships.all());
		model.addAttribute("maxEmployees", MemberRules.MAX_EMPLOYEES);
		model.addAttribute("networkDays", MemberRules.NETWORK_DAYS);
		return "partnerships/index";
	}
}
