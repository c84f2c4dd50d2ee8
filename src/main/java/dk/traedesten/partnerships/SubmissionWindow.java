package dk.traedesten.partnerships;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A sliding window rate limit per key (the client address): at most {@code limit} submissions within
 * {@code window}. Kept in memory: the public form needs no durable count, and a restart forgiving a spammer is
 * harmless. Plain Java with the time passed in, so the window can be tested without waiting.
 */
public final class SubmissionWindow {

	/** Past this many keys, idle ones are swept so a flood of addresses cannot grow the map without end. */
	private static final int SWEEP_ABOVE = 10_000;

	private final int limit;

	private final Duration window;

	private final Map<String, Deque<Instant>> seen = new HashMap<>();

	public SubmissionWindow(int limit, Duration window) {
		if (limit < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("a window needs a positive limit and length");
		}
		this.limit = limit;
		this.window = window;
	}

	/** Counts a submission from {@code key} at {@code now} when the window has room; false (and not counted) when full. */
	public synchronized boolean tryAcquire(String key, Instant now) {
		if (seen.size() > SWEEP_ABOVE) {
			seen.values().forEach(times -> prune(times, now));
			seen.values().removeIf(Deque::isEmpty);
		}
		Deque<Instant> times = seen.computeIfAbsent(key, k -> new ArrayDeque<>());
		prune(times, now);
		if (times.size() >= limit) {
			return false;
		}
		times.addLast(now);
		return true;
	}

	/** How long until {@code key} may submit again; zero when it may now. */
	public synchronized Duration retryAfter(String key, Instant now) {
		Deque<Instant> times = seen.get(key);
		if (times == null) {
			return Duration.ZERO;
		}
		prune(times, now);
		if (times.size() < limit) {
			return Duration.ZERO;
		}
		return Duration.between(now, times.peekFirst().plus(window));
	}

	public int limit() {
		return limit;
	}

	public Duration window() {
		return window;
	}

	private void prune(Deque<Instant> times, Instant now) {
		Instant start = now.minus(window);
		while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
			times.removeFirst();
		}
	}
}
