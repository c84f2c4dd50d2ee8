package dk.traedesten.partnerships.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import dk.traedesten.organisation.Municipality;
import dk.traedesten.organisation.OrganisationDirectory;
import dk.traedesten.partnerships.CallbackRequests;
import dk.traedesten.partnerships.CallbackTopic;
import dk.traedesten.partnerships.PartnershipProperties;
import dk.traedesten.partnerships.SubmissionWindow;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Ring mig op" (seed 001): a form without sign-in. A filled honeypot is thanked like a person and nothing is
 * stored; more than the allowed requests from one client address within an hour are refused with 429. A form with
 * errors is not counted, so a person correcting a typo is never locked out.
 */
@Controller
class CallbackController {

	private final CallbackRequests requests;

	private final OrganisationDirectory directory;

	private final SubmissionWindow window;

	private final Clock clock;

	CallbackController(CallbackRequests requests, OrganisationDirectory directory, PartnershipProperties settings,
			Clock clock) {
		this.requests = requests;
		this.directory = directory;
		this.window = new SubmissionWindow(settings.callbackLimitPerHour(), Duration.ofHours(1));
		this.clock = clock;
	}

	@GetMapping("/partnerskaber/ring-mig-op")
	String form(Model model) {
		return page(new CallbackForm(), model);
	}

	@PostMapping("/partnerskaber/ring-mig-op")
	String submit(@ModelAttribute("callback") CallbackForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Set<Integer> codes = directory.municipalities().stream().map(Municipality::code).collect(Collectors.toSet());
		boolean robot = form.filledByRobot();
		if (!robot && !form.validate(errors, codes)) {
			return page(form, model);
		}
		String client = request.getRemoteAddr();
		if (!window.tryAcquire(client, clock.instant())) {
			long minutes = Math.max(1, window.retryAfter(client, clock.instant()).toMinutes() + 1);
			response.setStatus(429);
			response.setHeader("Retry-After", String.valueOf(minutes * 60));
			model.addAttribute("tooMany", minutes);
			return page(form, model);
		}
		if (!robot) {
			requests.submit(form.request());
		}
		return "redirect:/partnerskaber/ring-mig-op?sendt";
	}

	private String page(CallbackForm form, Model model) {
		model.addAttribute("callback", form);
		model.addAttribute("municipalities", directory.municipalities());
		model.addAttribute("topics", CallbackTopic.values());
		model.addAttribute("retentionDays", requests.retentionDays());
		return "partnerships/callback";
	}
}
