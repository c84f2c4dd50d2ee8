package dk.traedesten.security;

import java.util.UUID;

import dk.traedesten.platform.tenancy.TenantScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Looks up the ids of the demo fixture (they are generated when it is seeded) and signs in its people through
 * the application's own account lookup, so the session holds the same principal a real sign-in gives.
 */
public final class DemoData {

	public static final String PASSWORD = "demo-Traedesten-2026";

	public static final int STEVNS = 336;

	public static final int KOEBENHAVN = 101;

	public static final int HERNING = 657;

	private final JdbcClient jdbc;

	private final UserDetailsService accounts;

	public DemoData(JdbcClient jdbc, UserDetailsService accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	public UUID unit(String name) {
		return id("select id from unit where name = :name", name);
	}

	public UUID area(int municipalityCode, String name) {
		return TenantScope.asSystem("test", () -> jdbc
			.sql("select id from area where municipality_code = :code and name = :name")
			.param("code", municipalityCode).param("name", name).query(UUID.class).single());
	}

	public UUID organisation(String name) {
		return id("select id from organisation where name = :name", name);
	}

	public UUID person(String email) {
		return id("select id from person where email = :name", email);
	}

	/** A demo measure series by its group label, e.g. "3.A og 3.B" (friendship, one week outside the limits), "Prøvehandlingens
	 * børn (4.–6. klasse)" (absence, a shift), "Indskolingen" (social well-being, stable) or "Særligt tilrettelagt forløb"
	 * (absence of four children, suppressed outside the team). */
	public UUID series(String groupLabel) {
		return id("select id from measure_series where group_label = :name", groupLabel);
	}

	/** The trial a demo measure series belongs to. */
	public UUID trialOfSeries(String groupLabel) {
		return id("select trial_id from measure_series where group_label = :name", groupLabel);
	}

	/** The first membership of the person with this address. */
	public UUID membershipOf(String email) {
		return id("select m.id from membership m join person p on p.id = m.person_id where p.email = :name limit 1",
				email);
	}

	/** The fixture's database client, for modules whose lookups DemoData does not offer; wrap calls in a scope. */
	public JdbcClient jdbc() {
		return jdbc;
	}

	/** Signs the request in as the demo person with this address. */
	public RequestPostProcessor as(String email) {
		UserDetails user = TenantScope.asSystem("test", () -> accounts.loadUserByUsername(email));
		return SecurityMockMvcRequestPostProcessors.user(user);
	}

	private UUID id(String sql, String name) {
		return TenantScope.asSystem("test", () -> jdbc.sql(sql).param("name", name).query(UUID.class).single());
	}
}
