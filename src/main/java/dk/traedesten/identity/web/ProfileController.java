package dk.traedesten.identity.web;

import dk.traedesten.identity.SignedInUser;
import dk.traedesten.identity.internal.AccountAccess;
import dk.traedesten.organisation.OrganisationDirectory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in person's own page: who they are, their roles, and changing their password. */
@Controller
@PreAuthorize("isAuthenticated()")
class ProfileController {

	private final OrganisationDirectory directory;

	private final AccountAccess access;

	ProfileController(OrganisationDirectory directory, AccountAccess access) {
		this.directory = directory;
		this.access = access;
	}

	@GetMapping("/profil")
	String profile(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("profile", directory.profile(user.personId()).orElseThrow());
		return "identity/profile";
	}

	@PostMapping("/profil/adgangskode")
	String changePassword(@AuthenticationPrincipal SignedInUser user, PasswordForm form, Model model) {
		AccountAccess.Outcome outcome = access.changePassword(user.accountId(), form.current(), form.password(),
				form.repeated());
		if (outcome.problem().isEmpty()) {
			return "redirect:/profil?adgangskode-skiftet";
		}
		model.addAttribute("passwordError", outcome.problem().get());
		return profile(user, model);
	}
}
