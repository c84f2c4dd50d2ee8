package dk.traedesten.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Signs in through the real sign-in form with one of the demo sign-ins, as a browser would. */
final class DemoSignIn {

	static final String PLATFORM_ADMINISTRATOR = "platform@traedesten.demo";

	static final String STEVNS_ADMINISTRATOR = "admin@stevns.demo";

	private static final String PASSWORD = "demo-Traedesten-2026";

	private DemoSignIn() {
	}

	static MockHttpSession as(MockMvcTester mvc, String email) {
		MvcTestResult result = mvc.post().uri("/log-ind").param("email", email).param("password", PASSWORD)
			.with(csrf()).exchange();
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/");
		return (MockHttpSession) result.getMvcResult().getRequest().getSession(false);
	}
}
