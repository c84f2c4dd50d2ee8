package dk.traedesten;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Unique suffixes for the names tests create. Letters only: a random UUID now and then holds ten digits in a row
 * that read as a valid date, and free text with a CPR number in it is refused, so a UUID made such tests flaky.
 */
public final class TestNames {

	private TestNames() {
	}

	public static String unique() {
		StringBuilder name = new StringBuilder(16);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 16; i++) {
			name.append((char) ('a' + random.nextInt(26)));
		}
		return name.toString();
	}
}
