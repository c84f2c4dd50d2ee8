package dk.traedesten.partnerships.web;

import java.util.UUID;

import dk.traedesten.partnerships.CallbackRequests;
import dk.traedesten.partnerships.PartnershipNotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organisers' queue of "ring mig op" requests: give one to a colleague, mark it done. Row-level security shows
 * the queue to the partnerships' organisers only; another organiser sees an empty queue and gets 404 on a request.
 */
@Controller
@PreAuthorize("hasAnyRole('EVENT_ORGANISER', 'PLATFORM_ADMINISTRATOR')")
class CallbackQueueController {

	private final CallbackRequests requests;

	CallbackQueueController(CallbackRequests requests) {
		this.requests = requests;
	}

	@GetMapping("/partnerskaber/ring-mig-op/koe")
	String queue(Model model) {
		model.addAttribute("requests", requests.queue());
		model.addAttribute("colleagues", requests.colleagues());
		model.addAttribute("retentionDays", requests.retentionDays());
		return "partnerships/queue";
	}

	@PostMapping("/partnerskaber/ring-mig-op/koe/{id}/tildel")
	String assign(@PathVariable UUID id, @RequestParam(name = "person", required = false) UUID person) {
		if (person == null || !requests.assign(id, person)) {
			throw new PartnershipNotFoundException(id.toString());
		}
		return "redirect:/partnerskaber/ring-mig-op/koe?tildelt#r-" + id;
	}

	@PostMapping("/partnerskaber/ring-mig-op/koe/{id}/udfoert")
	String done(@PathVariable UUID id) {
		if (!requests.markDone(id)) {
			throw new PartnershipNotFoundException(id.toString());
		}
		return "redirect:/partnerskaber/ring-mig-op/koe?udfoert";
	}
}
