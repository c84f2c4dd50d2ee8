package dk.traedesten.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long sign-in is paused after repeated failures for one e-mail address. The first few mistakes are
 * free; after that the pause doubles with every failure, up to an hour, which makes guessing passwords
 * impractical without locking out a colleague for long.
 */
public final class SignInThrottle {

	public static final int FREE_ATTEMPTS = 5;

	public static final Duration LONGEST_PAUSE = Duration.ofHours(1);

	/** Failures older than this are forgotten. */
	public static final Duration MEMORY = Duration.ofHours(24);

	private SignInThrottle() {
	}

	/** The pause that follows the given number of consecutive failures, if any. */
	public static Optional<Duration> pauseAfter(int failures) {
		if (failures < FREE_ATTEMPTS) {
			return Optional.empty();
		}
		int doublings = Math.min(failures - FREE_ATTEMPTS, 12);
		Duration pause = Duration.ofMinutes(1L << doublings);
		return Optional.of(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
	}

	/** Failures still counted at {@code now}, given when the last failure happened. */
	public static int remembered(int failures, Instant lastFailure, Instant now) {
		return lastFailure.plus(MEMORY).isBefore(now) ? 0 : failures;
	}

	/** The key failures are counted under: the address as typed, normalised, whether or not it has an account. */
	public static String keyFor(String submittedEmail) {
		return submittedEmail == null ? "" : submittedEmail.strip().toLowerCase(java.util.Locale.ROOT);
	}
}
