package dk.traedesten.identity.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page: e-mail and password, and a button per configured OIDC broker (MitID). */
@Controller
class SignInController {

	record OidcOption(String id, String name) {
	}

	private final ObjectProvider<ClientRegistrationRepository> oidcClients;

	SignInController(ObjectProvider<ClientRegistrationRepository> oidcClients) {
		this.oidcClients = oidcClients;
	}

	@GetMapping("/log-ind")
	String signIn(Model model) {
		model.addAttribute("oidcOptions", oidcOptions());
		return "identity/sign-in";
	}

	private List<OidcOption> oidcOptions() {
		List<OidcOption> options = new ArrayList<>();
		if (oidcClients.getIfAvailable() instanceof InMemoryClientRegistrationRepository registrations) {
			for (ClientRegistration registration : registrations) {
				options.add(new OidcOption(registration.getRegistrationId(), registration.getClientName()));
			}
		}
		return options;
	}
}
