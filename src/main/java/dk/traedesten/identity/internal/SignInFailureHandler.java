package dk.traedesten.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the sign-in page with one of four answers: wrong details (never saying
 * which), paused after too many attempts, a fault of ours, or (OIDC) a person the platform does not know.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = "fejl";
		if (exception instanceof SignInPausedException) {
			reason = "pause";
		}
		else if (exception instanceof InternalAuthenticationServiceException) {
			reason = "teknisk";
		}
		else if (exception instanceof OAuth2AuthenticationException oidc) {
			reason = OidcSignIn.UNKNOWN_USER.equals(oidc.getError().getErrorCode()) ? "ukendt" : "oidc";
		}
		response.sendRedirect(request.getContextPath() + "/log-ind?" + reason);
	}
}
