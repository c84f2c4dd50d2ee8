package dk.traedesten.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dk.traedesten.identity.internal.ThrottleStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Password sign-in through the real form: success, failures that reveal nothing, and throttling. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInTests {

	static final String PASSWORD = "demo-Traedesten-2026";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ThrottleStore throttle;

	final List<String> triedAddresses = new ArrayList<>();

	@AfterEach
	void forgetFailedAttempts() {
		triedAddresses.forEach(address -> throttle.reset(SignInThrottle.keyFor(address)));
	}

	@Test
	void theRightPasswordStartsASessionForThePersonsMunicipality() {
		MvcTestResult result = signIn("leder@stevns.demo", PASSWORD);

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/");
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		SecurityContext context = (SecurityContext) session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(context.getAuthentication().getPrincipal()).isInstanceOfSatisfying(SignedInUser.class, user -> {
			assertThat(user.municipalityCode()).isEqualTo(336);
			assertThat(user.getPassword()).as("the hash is erased from the session").isNull();
		});
		assertThat(mvc.get().uri("/profil").session(session)).hasStatusOk().bodyText().contains("Jens Kragh");
	}

	@Test
	void signingOutEndsTheSession() {
		MockHttpSession session = (MockHttpSession) signIn("leder@stevns.demo", PASSWORD).getRequest().getSession(false);

		assertThat(mvc.post().uri("/log-ud").with(csrf()).session(session)).hasRedirectedUrl("/?logget-ud");
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void addressesAreMatchedWhateverTheirCaseAndSurroundingSpaces() {
		assertThat(signIn("  Leder@Stevns.DEMO ", PASSWORD)).hasRedirectedUrl("/");
	}

	@Test
	void aWrongPasswordAndAnUnknownAddressGetTheIdenticalAnswer() throws Exception {
		MvcTestResult wrongPassword = signIn("politiker@stevns.demo", "forkert-adgangskode-1");
		MvcTestResult unknownAddress = signIn(unknownAddress(), "forkert-adgangskode-1");

		assertThat(wrongPassword).hasStatus3xxRedirection().hasRedirectedUrl("/log-ind?fejl");
		assertThat(unknownAddress).hasStatus(wrongPassword.getResponse().getStatus())
			.hasRedirectedUrl(wrongPassword.getResponse().getRedirectedUrl());
		assertThat(unknownAddress.getResponse().getContentAsString())
			.isEqualTo(wrongPassword.getResponse().getContentAsString());
		assertThat(unknownAddress.getResponse().getHeaderNames())
			.containsExactlyInAnyOrderElementsOf(wrongPassword.getResponse().getHeaderNames());
	}

	@Test
	void anEmptyPasswordIsRefusedLikeAWrongOne() {
		assertThat(signIn("politiker@stevns.demo", "")).hasRedirectedUrl("/log-ind?fejl");
	}

	@Test
	void signInPausesAfterTheFreeAttemptsEvenForTheRightPassword() {
		String address = "klyngeleder@stevns.demo";
		for (int attempt = 1; attempt <= SignInThrottle.FREE_ATTEMPTS; attempt++) {
			assertThat(signIn(address, "forkert-adgangskode-" + attempt)).hasRedirectedUrl("/log-ind?fejl");
		}
		assertThat(signIn(address, PASSWORD)).hasRedirectedUrl("/log-ind?pause");
		assertThat(signIn(address.toUpperCase(), PASSWORD)).as("the pause follows the address, not its spelling")
			.hasRedirectedUrl("/log-ind?pause");
	}

	@Test
	void fewerFailuresThanTheFreeAttemptsDoNotStopTheRightPassword() {
		String address = "omraadeleder@stevns.demo";
		for (int attempt = 1; attempt < SignInThrottle.FREE_ATTEMPTS; attempt++) {
			signIn(address, "forkert-adgangskode-" + attempt);
		}
		assertThat(signIn(address, PASSWORD)).hasRedirectedUrl("/");
		assertThat(signIn(address, "forkert-igen-12345")).as("success cleared the count")
			.hasRedirectedUrl("/log-ind?fejl");
	}

	@Test
	void unknownAddressesArePausedLikeKnownOnes() {
		String address = unknownAddress();
		for (int attempt = 1; attempt <= SignInThrottle.FREE_ATTEMPTS; attempt++) {
			signIn(address, "forkert-adgangskode-" + attempt);
		}
		assertThat(signIn(address, PASSWORD)).hasRedirectedUrl("/log-ind?pause");
	}

	private MvcTestResult signIn(String email, String password) {
		triedAddresses.add(email);
		return mvc.post().uri("/log-ind").with(csrf()).param("email", email).param("password", password).exchange();
	}

	private static String unknownAddress() {
		return "ukendt-" + UUID.randomUUID() + "@stevns.demo";
	}
}
