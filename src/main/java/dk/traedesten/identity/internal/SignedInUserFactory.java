package dk.traedesten.identity.internal;

import java.util.Optional;
import java.util.stream.Collectors;

import dk.traedesten.identity.SignedInUser;
import dk.traedesten.organisation.OrganisationDirectory;
import dk.traedesten.organisation.PersonProfile;
import dk.traedesten.platform.tenancy.TenantScope;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.stereotype.Component;

/**
 * Builds the session's user from an account and the person's roles. Runs across tenants because nobody
 * is signed in yet when it is needed.
 */
@Component
class SignedInUserFactory {

	private final AccountRepository accounts;

	private final OrganisationDirectory directory;

	SignedInUserFactory(AccountRepository accounts, OrganisationDirectory directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	Optional<AccountRepository.Account> accountByEmail(String email) {
		return TenantScope.asSystem("sign-in", () -> accounts.findByEmail(email));
	}

	SignedInUser build(AccountRepository.Account account, OidcIdToken idToken) {
		PersonProfile person = TenantScope.asSystem("sign-in", () -> directory.profile(account.personId()))
			.orElseThrow(() -> new IllegalStateException("Account " + account.id() + " has no person"));
		String municipalityName = person.municipalityCode() == null ? null
				: directory.municipality(person.municipalityCode()).map(m -> m.name()).orElse(null);
		return new SignedInUser(account.id(), person.id(), person.name(), account.email(), person.municipalityCode(),
				municipalityName, person.organisationId(), person.organisationName(),
				person.roles().stream().map(PersonProfile.HeldRole::role).collect(Collectors.toSet()),
				account.passwordHash(), idToken);
	}
}
