package dk.traedesten.events;

import java.util.UUID;

/**
 * A roundtable's name that stays the same each time the allocation runs: the City Hall table, an area's table by
 * its number, or an extra table for those no area table had room for. Stored as text (V031).
 */
public record RoundtableKey(Kind kind, UUID area, int number) implements Comparable<RoundtableKey> {

	public enum Kind {
		CITY_HALL, AREA, EXTRA
	}

	public static final RoundtableKey CITY_HALL = new RoundtableKey(Kind.CITY_HALL, null, 1);

	public RoundtableKey {
		if (number < 1 || (kind == Kind.AREA) != (area != null)) {
			throw new IllegalArgumentException("not a roundtable: " + kind + " " + area + " " + number);
		}
	}

	public static RoundtableKey area(UUID area, int number) {
		return new RoundtableKey(Kind.AREA, area, number);
	}

	public static RoundtableKey extra(int number) {
		return new RoundtableKey(Kind.EXTRA, null, number);
	}

	/** Reads a stored key; throws IllegalArgumentException for anything else. */
	public static RoundtableKey parse(String text) {
		String[] parts = text == null ? new String[0] : text.split(":");
		try {
			return switch (parts.length == 0 ? "" : parts[0]) {
				case "CITY_HALL" -> parts.length == 1 ? CITY_HALL : fail(text);
				case "AREA" -> parts.length == 3 ? area(UUID.fromString(parts[1]), Integer.parseInt(parts[2])) : fail(text);
				case "EXTRA" -> parts.length == 2 ? extra(Integer.parseInt(parts[1])) : fail(text);
				default -> fail(text);
			};
		}
		catch (NumberFormatException ex) {
			return fail(text);
		}
	}

	public boolean cityHall() {
		return kind == Kind.CITY_HALL;
	}

	@Override
	public String toString() {
		return switch (kind) {
			case CITY_HALL -> "CITY_HALL";
			case AREA -> "AREA:" + area + ":" + number;
			case EXTRA -> "EXTRA:" + number;
		};
	}

	/** City Hall first, then the areas' tables, then the extra ones; within each by number. */
	@Override
	public int compareTo(RoundtableKey other) {
		int byKind = kind.compareTo(other.kind);
		if (byKind != 0) {
			return byKind;
		}
		int byArea = kind == Kind.AREA ? area.toString().compareTo(other.area.toString()) : 0;
		return byArea != 0 ? byArea : Integer.compare(number, other.number);
	}

	private static RoundtableKey fail(String text) {
		throw new IllegalArgumentException("not a roundtable key: " + text);
	}
}
