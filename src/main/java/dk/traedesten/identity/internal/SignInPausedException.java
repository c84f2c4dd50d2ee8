package dk.traedesten.identity.internal;

import org.springframework.security.core.AuthenticationException;

/** Sign-in for this address is paused after repeated failures. */
class SignInPausedException extends AuthenticationException {

	SignInPausedException() {
		super("Sign-in paused after repeated failures");
	}
}
