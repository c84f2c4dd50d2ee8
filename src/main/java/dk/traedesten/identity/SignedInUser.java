package dk.traedesten.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.traedesten.organisation.Role;
import dk.traedesten.platform.tenancy.TenantPrincipal;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The person behind a session, however they signed in. It carries the tenant the database scopes every
 * query to (see {@link TenantPrincipal}).
 */
public final class SignedInUser implements UserDetails, OidcUser, TenantPrincipal, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID accountId;

	private final UUID personId;

	private final String name;

	private final String email;

	private final Integer municipalityCode;

	private final String municipalityName;

	private final UUID organisationId;

	private final String organisationName;

	private final Set<Role> roles;

	private String passwordHash;

	private final OidcIdToken idToken;

	public SignedInUser(UUID accountId, UUID personId, String name, String email, Integer municipalityCode,
			String municipalityName, UUID organisationId, String organisationName, Set<Role> roles, String passwordHash,
			OidcIdToken idToken) {
		this.accountId = accountId;
		this.personId = personId;
		this.name = name;
		this.email = email;
		this.municipalityCode = municipalityCode;
		this.municipalityName = municipalityName;
		this.organisationId = organisationId;
		this.organisationName = organisationName;
		this.roles = Set.copyOf(roles);
		this.passwordHash = passwordHash;
		this.idToken = idToken;
	}

	public UUID accountId() {
		return accountId;
	}

	public UUID personId() {
		return personId;
	}

	public String displayName() {
		return name;
	}

	/** The same as {@link #displayName()}, as a bean property for the page layout ({@code sec:authentication}). */
	public String getDisplayName() {
		return name;
	}

	public String email() {
		return email;
	}

	public Set<Role> roles() {
		return roles;
	}

	public boolean holds(Role role) {
		return roles.contains(role);
	}

	/** The organisation outside the municipalities the person works for (KL, say), or null. */
	public UUID organisationId() {
		return organisationId;
	}

	/** The name of {@link #organisationId()}'s organisation, or null. */
	public String organisationName() {
		return organisationName;
	}

	/** The municipality's name for the page header, or null for platform-wide users. */
	public String municipalityName() {
		return municipalityName;
	}

	/** The same as {@link #municipalityName()}, as a bean property for the page layout. */
	public String getMunicipalityName() {
		return municipalityName;
	}

	@Override
	public Integer municipalityCode() {
		return municipalityCode;
	}

	@Override
	public boolean platformWide() {
		return roles.contains(Role.PLATFORM_ADMINISTRATOR);
	}

	@Override
	public String actorName() {
		return email;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String getName() {
		return email;
	}

	@Override
	public Map<String, Object> getClaims() {
		return idToken == null ? Map.of() : idToken.getClaims();
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return null;
	}

	@Override
	public OidcIdToken getIdToken() {
		return idToken;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return getClaims();
	}

	/** Roles in the order the profile page lists them. */
	public List<Role> sortedRoles() {
		return roles.stream().sorted().toList();
	}
}
