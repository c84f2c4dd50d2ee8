package dk.traedesten.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SubmissionWindowTests {

	private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

	@Test
	void fivePerHourThenRefusedUntilTheFirstLeavesTheWindow() {
		SubmissionWindow window = new SubmissionWindow(5, Duration.ofHours(1));
		for (int i = 0; i < 5; i++) {
			assertThat(window.tryAcquire("10.0.0.1", T0.plusSeconds(i * 60))).isTrue();
		}
		assertThat(window.tryAcquire("10.0.0.1", T0.plusSeconds(600))).isFalse();
		assertThat(window.retryAfter("10.0.0.1", T0.plusSeconds(600))).isEqualTo(Duration.ofMinutes(50));
		assertThat(window.tryAcquire("10.0.0.2", T0.plusSeconds(600))).as("another address").isTrue();
		assertThat(window.tryAcquire("10.0.0.1", T0.plusSeconds(3599))).isFalse();
		assertThat(window.tryAcquire("10.0.0.1", T0.plusSeconds(3600))).as("the first has left the hour").isTrue();
		assertThat(window.tryAcquire("10.0.0.1", T0.plusSeconds(3601))).isFalse();
	}

	@Test
	void aRefusalIsNotCounted() {
		SubmissionWindow window = new SubmissionWindow(1, Duration.ofMinutes(10));
		assertThat(window.tryAcquire("a", T0)).isTrue();
		for (int i = 1; i < 10; i++) {
			assertThat(window.tryAcquire("a", T0.plusSeconds(i * 59))).isFalse();
		}
		assertThat(window.tryAcquire("a", T0.plusSeconds(600))).isTrue();
	}

	/** Compared with a plain count of accepted submissions in the last {@code window} seconds. */
	@Property
	void neverMoreThanTheLimitWithinAnyWindow(@ForAll @IntRange(min = 1, max = 6) int limit,
			@ForAll @IntRange(min = 1, max = 100) int windowSeconds,
			@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 40) Integer> gaps) {
		SubmissionWindow window = new SubmissionWindow(limit, Duration.ofSeconds(windowSeconds));
		Deque<Instant> accepted = new ArrayDeque<>();
		Instant now = T0;
		for (int gap : gaps) {
			now = now.plusSeconds(gap);
			Instant start = now.minusSeconds(windowSeconds);
			while (!accepted.isEmpty() && !accepted.peekFirst().isAfter(start)) {
				accepted.removeFirst();
			}
			boolean expected = accepted.size() < limit;
			assertThat(window.tryAcquire("k", now)).isEqualTo(expected);
			if (expected) {
				accepted.addLast(now);
			}
			assertThat(accepted).hasSizeLessThanOrEqualTo(limit);
		}
	}
}
