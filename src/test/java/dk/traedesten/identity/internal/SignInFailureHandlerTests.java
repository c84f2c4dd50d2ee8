package dk.traedesten.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

class SignInFailureHandlerTests {

	@Test
	void wrongDetailsPausesOurOwnFaultsAndUnknownBrokerUsersEachGetTheirOwnAnswer() throws Exception {
		assertThat(answerTo(new BadCredentialsException("x"))).isEqualTo("/log-ind?fejl");
		assertThat(answerTo(new SignInPausedException())).isEqualTo("/log-ind?pause");
		assertThat(answerTo(new InternalAuthenticationServiceException("database down"))).isEqualTo("/log-ind?teknisk");
		assertThat(answerTo(new OAuth2AuthenticationException(new OAuth2Error(OidcSignIn.UNKNOWN_USER))))
			.isEqualTo("/log-ind?ukendt");
		assertThat(answerTo(new OAuth2AuthenticationException(new OAuth2Error("invalid_token")))).isEqualTo("/log-ind?oidc");
	}

	private static String answerTo(AuthenticationException exception) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		new SignInFailureHandler().onAuthenticationFailure(new MockHttpServletRequest(), response, exception);
		return response.getRedirectedUrl();
	}
}
