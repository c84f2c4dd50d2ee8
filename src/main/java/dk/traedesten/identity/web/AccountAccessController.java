package dk.traedesten.identity.web;

import java.util.Locale;

import dk.traedesten.identity.internal.AccountAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages for people who cannot sign in yet: asking for a reset link, and choosing a password through a
 * reset or invitation link.
 */
@Controller
class AccountAccessController {

	private final AccountAccess access;

	AccountAccessController(AccountAccess access) {
		this.access = access;
	}

	@GetMapping("/glemt-adgangskode")
	String forgotten() {
		return "identity/forgotten";
	}

	@PostMapping("/glemt-adgangskode")
	String requestReset(@RequestParam(defaultValue = "") String email, Model model, Locale locale) {
		if (email.isBlank() || !email.contains("@")) {
			model.addAttribute("emailError", "identity.forgotten.error.email");
			model.addAttribute("email", email);
			return "identity/forgotten";
		}
		access.requestReset(email, locale);
		return "redirect:/glemt-adgangskode?sendt";
	}

	@GetMapping("/nulstil-adgangskode")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
		return choosePage(token, false, model);
	}

	@PostMapping("/nulstil-adgangskode")
	String reset(PasswordForm form, Model model) {
		return setPassword(form, false, model);
	}

	@GetMapping("/invitation")
	String invitationForm(@RequestParam(defaultValue = "") String token, Model model) {
		return choosePage(token, true, model);
	}

	@PostMapping("/invitation")
	String acceptInvitation(PasswordForm form, Model model) {
		return setPassword(form, true, model);
	}

	private String choosePage(String token, boolean invitation, Model model) {
		model.addAttribute("invitation", invitation);
		model.addAttribute("token", token);
		model.addAttribute("valid", access.validToken(token, invitation));
		return "identity/choose-password";
	}

	private String setPassword(PasswordForm form, boolean invitation, Model model) {
		AccountAccess.Outcome outcome = access.setPasswordWithToken(form.token(), invitation, form.password(),
				form.repeated());
		if (outcome.problem().isEmpty()) {
			return "redirect:/log-ind?adgangskode-sat";
		}
		model.addAttribute("invitation", invitation);
		model.addAttribute("token", form.token());
		model.addAttribute("valid", !"identity.token.invalid".equals(outcome.problem().get()));
		model.addAttribute("passwordError", outcome.problem().get());
		return "identity/choose-password";
	}
}
