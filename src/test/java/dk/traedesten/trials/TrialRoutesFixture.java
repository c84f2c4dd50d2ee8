package dk.traedesten.trials;

import java.util.UUID;

import dk.traedesten.platform.tenancy.TenantScope;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Ids of the demo trials fixture. */
final class TrialRoutesFixture {

	private TrialRoutesFixture() {
	}

	static UUID pastCall(JdbcClient jdbc) {
		return TenantScope.asSystem("test", () -> jdbc
			.sql("select id from trial_call where municipality_code = 336 and closes_on < current_date order by opens_on limit 1")
			.query(UUID.class).single());
	}
}
