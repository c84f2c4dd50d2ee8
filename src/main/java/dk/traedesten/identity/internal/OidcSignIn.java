package dk.traedesten.identity.internal;

import java.util.Optional;

import dk.traedesten.platform.tenancy.TenantScope;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Signs in people authenticated by the OIDC broker (MitID). The broker proves who they are; Trædesten
 * decides what they may do, so only people who already have an account get in. The first sign-in links the
 * account by a verified e-mail address; later ones by the broker's stable subject.
 */
@Component
class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String UNKNOWN_USER = "unknown_user";

	private final OidcUserService broker = new OidcUserService();

	private final AccountRepository accounts;

	private final SignedInUserFactory users;

	OidcSignIn(AccountRepository accounts, SignedInUserFactory users) {
		this.accounts = accounts;
		this.users = users;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser brokerUser = broker.loadUser(request);
		String issuer = brokerUser.getIssuer().toString();
		String subject = brokerUser.getSubject();
		AccountRepository.Account account = TenantScope.asSystem("sign-in", () -> accounts.findByOidc(issuer, subject)
			.or(() -> linkByVerifiedEmail(brokerUser, issuer, subject)))
			.filter(AccountRepository.Account::enabled)
			.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_USER)));
		TenantScope.asSystem(account.email(), () -> accounts.recordSignIn(account.id()));
		return users.build(account, brokerUser.getIdToken());
	}

	private Optional<AccountRepository.Account> linkByVerifiedEmail(OidcUser brokerUser, String issuer,
			String subject) {
		if (brokerUser.getEmail() == null || !Boolean.TRUE.equals(brokerUser.getEmailVerified())) {
			return Optional.empty();
		}
		return accounts.findByEmail(brokerUser.getEmail())
			.filter(account -> account.oidcSubject() == null)
			.map(account -> {
				accounts.linkOidc(account.id(), issuer, subject);
				return accounts.find(account.id()).orElseThrow();
			});
	}
}
