package dk.traedesten.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import dk.traedesten.identity.SignInThrottle;
import dk.traedesten.platform.tenancy.TenantScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Remembers failed sign-ins per submitted address in the database, so every instance sees the same count. */
@Component
public class ThrottleStore {

	record Entry(int failures, OffsetDateTime lockedUntil, OffsetDateTime lastFailure) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	ThrottleStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** When the address may try again, if it is paused now. */
	public Optional<Instant> pausedUntil(String key) {
		Instant now = clock.instant();
		return entry(key).map(Entry::lockedUntil).map(OffsetDateTime::toInstant).filter(until -> until.isAfter(now));
	}

	public void recordFailure(String key) {
		Instant now = clock.instant();
		int failures = entry(key).map(e -> SignInThrottle.remembered(e.failures(), e.lastFailure().toInstant(), now))
			.orElse(0) + 1;
		OffsetDateTime lockedUntil = SignInThrottle.pauseAfter(failures)
			.map(pause -> OffsetDateTime.ofInstant(now.plus(pause), ZoneOffset.UTC))
			.orElse(null);
		TenantScope.asSystem("sign-in", () -> jdbc.sql("""
				insert into sign_in_throttle (login_key, failures, locked_until, last_failure)
				values (:key, :failures, :locked, :now)
				on conflict (login_key) do update
				set failures = excluded.failures, locked_until = excluded.locked_until, last_failure = excluded.last_failure""")
			.param("key", key).param("failures", failures).param("locked", lockedUntil)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update());
	}

	public void reset(String key) {
		TenantScope.asSystem("sign-in",
				() -> jdbc.sql("delete from sign_in_throttle where login_key = :key").param("key", key).update());
	}

	private Optional<Entry> entry(String key) {
		return TenantScope.asSystem("sign-in", () -> jdbc.sql("""
				select failures, locked_until, last_failure from sign_in_throttle where login_key = :key""")
			.param("key", key).query(Entry.class).optional());
	}
}
