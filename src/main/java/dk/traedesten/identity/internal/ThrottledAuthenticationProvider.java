package dk.traedesten.identity.internal;

import dk.traedesten.identity.SignInThrottle;
import dk.traedesten.identity.SignedInUser;
import dk.traedesten.platform.tenancy.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password sign-in with throttling. Every failure, for an existing address or not, counts against the
 * address and gives the same answer, so the sign-in page reveals nothing about which accounts exist.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

	private final AuthenticationProvider passwords;

	private final ThrottleStore throttle;

	private final AccountRepository accounts;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, ThrottleStore throttle,
			AccountRepository accounts) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.accounts = accounts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String key = SignInThrottle.keyFor(authentication.getName());
		if (throttle.pausedUntil(key).isPresent()) {
			throw new SignInPausedException();
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.reset(key);
			if (result.getPrincipal() instanceof SignedInUser user) {
				TenantScope.asSystem(user.email(), () -> accounts.recordSignIn(user.accountId()));
			}
			return result;
		}
		catch (InternalAuthenticationServiceException ex) {
			// Our own failure (e.g. the database), not the person's: never count it, and leave a trace.
			log.error("Sign-in could not be checked", ex);
			throw ex;
		}
		catch (AuthenticationException ex) {
			throttle.recordFailure(key);
			throw new BadCredentialsException("Bad credentials");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
