package dk.traedesten.trials;

import java.util.UUID;

import dk.traedesten.platform.tenancy.TenantScope;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Ids of the demo trials fixture. */
final class TrialRoutesFixture {

	private TrialRoutesFixture() {
	}

	/**
	 * Stevns' demo call "Prøvehandlinger 2025–26", by its title: other fixtures (the follow-up's) add closed calls of
	 * their own, and whichever test ran first would otherwise decide which call this is.
	 */
	static UUID pastCall(JdbcClient jdbc) {
		return TenantScope.asSystem("test", () -> jdbc
			.sql("select id from trial_call where municipality_code = 336 and title = 'Prøvehandlinger 2025–26'")
			.query(UUID.class).single());
	}
}
