package dk.traedesten.committeealerts.web;

import java.util.UUID;

import dk.traedesten.committeealerts.CommitteeAlerts;
import dk.traedesten.committees.CommitteeNotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Following a committee or a search by e-mail, open to everyone without signing in. The links in the mails open a
 * page with a button rather than acting on the visit itself: mail scanners that fetch every link must neither confirm
 * nor end a following.
 */
@Controller
@PreAuthorize("permitAll()")
class FollowController {

	private final CommitteeAlerts alerts;

	FollowController(CommitteeAlerts alerts) {
		this.alerts = alerts;
	}

	@GetMapping("/udvalg/{id}/foelg")
	String committeeForm(@PathVariable UUID id, Model model) {
		return committeePage(id, new FollowForm(), model);
	}

	@PostMapping("/udvalg/{id}/foelg")
	String followCommittee(@PathVariable UUID id, @ModelAttribute("follow") FollowForm form, BindingResult errors,
			Model model) {
		alerts.committeeName(id).orElseThrow(CommitteeNotFoundException::new);
		if (!form.validate(errors, false)) {
			return committeePage(id, form, model);
		}
		if (alerts.followCommittee(id, form.getEmail()) == CommitteeAlerts.SignUp.TOO_MANY) {
			errors.rejectValue("email", "committee-alerts.error.email.too-many");
			return committeePage(id, form, model);
		}
		return "redirect:/udvalg/foelg/tjek-din-post";
	}

	@GetMapping("/udvalg/soeg/foelg")
	String searchForm(@RequestParam(name = "q", required = false) String words, Model model) {
		FollowForm form = new FollowForm();
		form.setQ(words);
		return searchPage(form, model);
	}

	@PostMapping("/udvalg/soeg/foelg")
	String followSearch(@ModelAttribute("follow") FollowForm form, BindingResult errors, Model model) {
		if (!form.validate(errors, true)) {
			return searchPage(form, model);
		}
		if (alerts.followSearch(form.getQ(), form.getEmail()) == CommitteeAlerts.SignUp.TOO_MANY) {
			errors.rejectValue("email", "committee-alerts.error.email.too-many");
			return searchPage(form, model);
		}
		return "redirect:/udvalg/foelg/tjek-din-post";
	}

	@GetMapping("/udvalg/foelg/tjek-din-post")
	String checkYourMail() {
		return "committee-alerts/check-mail";
	}

	@GetMapping("/udvalg/foelg/bekraeft")
	String confirmPage(@RequestParam(name = "token", required = false) String token, Model model) {
		return linkPage("confirm", token, model);
	}

	@PostMapping("/udvalg/foelg/bekraeft")
	String confirm(@RequestParam(name = "token", required = false) String token, Model model) {
		model.addAttribute("outcome", alerts.confirm(token) ? "confirmed" : "invalid");
		return "committee-alerts/outcome";
	}

	@GetMapping("/udvalg/foelg/afmeld")
	String unsubscribePage(@RequestParam(name = "token", required = false) String token, Model model) {
		return linkPage("unsubscribe", token, model);
	}

	@PostMapping("/udvalg/foelg/afmeld")
	String unsubscribe(@RequestParam(name = "token", required = false) String token, Model model) {
		model.addAttribute("outcome", alerts.unsubscribe(token) ? "unsubscribed" : "invalid");
		return "committee-alerts/outcome";
	}

	private String committeePage(UUID id, FollowForm form, Model model) {
		model.addAttribute("committeeId", id);
		model.addAttribute("name", alerts.committeeName(id).orElseThrow(CommitteeNotFoundException::new));
		model.addAttribute("follow", form);
		return "committee-alerts/follow-committee";
	}

	private String searchPage(FollowForm form, Model model) {
		model.addAttribute("follow", form);
		return "committee-alerts/follow-search";
	}

	private static String linkPage(String kind, String token, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("token", token == null ? "" : token);
		return "committee-alerts/link";
	}
}
