package dk.traedesten.trials.overview;

import dk.traedesten.identity.SignedInUser;
import dk.traedesten.platform.tenancy.TenantScope;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Puts a demo person in the security context, as a request of theirs would, for tests that call services. */
final class SignedIn {

	private SignedIn() {
	}

	static SignedInUser as(UserDetailsService accounts, String email) {
		SignedInUser user = (SignedInUser) TenantScope.asSystem("test", () -> accounts.loadUserByUsername(email));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return user;
	}

	static void out() {
		SecurityContextHolder.clearContext();
	}
}
