package dk.traedesten.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

class SignInThrottleProperties {

	static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

	@Property
	void theFreeAttemptsAreNeverPaused(
			@ForAll @IntRange(min = Integer.MIN_VALUE, max = SignInThrottle.FREE_ATTEMPTS - 1) int failures) {
		assertThat(SignInThrottle.pauseAfter(failures)).isEmpty();
	}

	@Property
	void everyFailureAfterTheFreeAttemptsPausesForAMinuteToAnHour(
			@ForAll @IntRange(min = SignInThrottle.FREE_ATTEMPTS, max = Integer.MAX_VALUE) int failures) {
		assertThat(SignInThrottle.pauseAfter(failures)).hasValueSatisfying(pause -> assertThat(pause)
			.isBetween(Duration.ofMinutes(1), SignInThrottle.LONGEST_PAUSE));
	}

	@Property
	void thePauseDoublesWithEachFailureUntilTheLongest(@ForAll @IntRange(min = 0, max = 40) int extra) {
		Duration pause = SignInThrottle.pauseAfter(SignInThrottle.FREE_ATTEMPTS + extra).orElseThrow();
		Duration doubled = extra >= 12 ? SignInThrottle.LONGEST_PAUSE : Duration.ofMinutes(1L << extra);
		assertThat(pause).isEqualTo(doubled.compareTo(SignInThrottle.LONGEST_PAUSE) > 0 ? SignInThrottle.LONGEST_PAUSE
				: doubled);
	}

	@Property
	void anotherFailureNeverShortensThePause(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE - 1) int failures) {
		Duration now = SignInThrottle.pauseAfter(failures).orElse(Duration.ZERO);
		Duration next = SignInThrottle.pauseAfter(failures + 1).orElse(Duration.ZERO);
		assertThat(next).isGreaterThanOrEqualTo(now);
	}

	@Property
	void failuresAreRememberedForADay(@ForAll @IntRange(min = 0, max = 1000) int failures,
			@ForAll @LongRange(min = 0, max = 24 * 3600) long secondsAgo) {
		assertThat(SignInThrottle.remembered(failures, NOW.minusSeconds(secondsAgo), NOW)).isEqualTo(failures);
	}

	@Property
	void failuresOlderThanADayAreForgotten(@ForAll @IntRange(min = 0, max = 1000) int failures,
			@ForAll @LongRange(min = 24 * 3600 + 1, max = 400L * 24 * 3600) long secondsAgo) {
		assertThat(SignInThrottle.remembered(failures, NOW.minusSeconds(secondsAgo), NOW)).isZero();
	}

	@Property
	void theKeyIgnoresCaseAndSurroundingSpaces(
			@ForAll @StringLength(max = 60) @CharRange(from = '!', to = '~') String address) {
		String key = SignInThrottle.keyFor(address);
		assertThat(SignInThrottle.keyFor("  " + address.toUpperCase(Locale.ROOT) + "\t")).isEqualTo(key);
		assertThat(SignInThrottle.keyFor(key)).isEqualTo(key);
	}
}
