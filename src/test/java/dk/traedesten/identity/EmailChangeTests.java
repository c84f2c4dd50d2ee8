package dk.traedesten.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;

import dk.traedesten.identity.internal.ThrottleStore;
import dk.traedesten.organisation.OrganisationAdministration;
import dk.traedesten.platform.tenancy.TenantScope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** When an administrator changes a person's e-mail address, the person signs in with the new one. */
@SpringBootTest
@AutoConfigureMockMvc
class EmailChangeTests {

	static final String PASSWORD = "skift-adresse-2026";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	OrganisationAdministration administration;

	@Autowired
	AccountProvisioning provisioning;

	@Autowired
	ThrottleStore throttle;

	@Test
	void theSignInAddressFollowsThePersonsNewAddress() {
		String old = "flytter-" + UUID.randomUUID() + "@stevns.demo";
		String renewed = "ny-" + old;
		UUID person = TenantScope.asTenant(336, "admin@stevns.demo", () -> {
			UUID id = administration.addPerson(336, "Flytte Fie", old, "Pædagog");
			provisioning.createWithPassword(id, 336, old, PASSWORD);
			return id;
		});

		boolean changed = TenantScope.asTenant(336, "admin@stevns.demo",
				() -> administration.changePerson(person, "Flytte Fie", renewed, "Pædagog"));

		assertThat(changed).isTrue();
		assertThat(signIn(renewed)).hasRedirectedUrl("/");
		assertThat(signIn(old)).hasRedirectedUrl("/log-ind?fejl");
		throttle.reset(SignInThrottle.keyFor(old));
	}

	@Test
	void anotherMunicipalitysPersonCannotBeChanged() {
		String address = "fast-" + UUID.randomUUID() + "@stevns.demo";
		UUID person = TenantScope.asTenant(336, "admin@stevns.demo",
				() -> administration.addPerson(336, "Fast Frede", address, null));

		boolean changed = TenantScope.asTenant(101, "admin@kk.demo",
				() -> administration.changePerson(person, "Kapret", "kapret@kk.demo", null));

		assertThat(changed).isFalse();
	}

	private MvcTestResult signIn(String email) {
		return mvc.post().uri("/log-ind").param("email", email).param("password", PASSWORD).with(csrf()).exchange();
	}
}
