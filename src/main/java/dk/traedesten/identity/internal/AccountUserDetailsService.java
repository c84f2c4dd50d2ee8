package dk.traedesten.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Finds local accounts for password sign-in; accounts without a password cannot sign in this way. */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final SignedInUserFactory users;

	AccountUserDetailsService(SignedInUserFactory users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return users.accountByEmail(email)
			.filter(account -> account.passwordHash() != null && account.enabled())
			.map(account -> users.build(account, null))
			.orElseThrow(() -> new UsernameNotFoundException("No usable account"));
	}
}
