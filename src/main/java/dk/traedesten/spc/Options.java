package dk.traedesten.spc;

import java.util.List;

/**
 * The chart arguments. Positions in {@code freeze}, {@code parts} and {@code exclude} are 1-based point
 * numbers after sorting; {@code centreLine} and {@code freeze} may be {@code null}.
 */
public record Options(Integer freeze, List<Integer> parts, List<Integer> exclude, Double centreLine, double multiply,
		Aggregate aggregate) {

	public Options {
		parts = parts == null ? List.of() : List.copyOf(parts);
		exclude = exclude == null ? List.of() : List.copyOf(exclude);
		aggregate = aggregate == null ? Aggregate.MEAN : aggregate;
	}

	/** No freeze, parts, exclusions or known centre line; multiply 1; mean. */
	public static Options defaults() {
		return new Options(null, List.of(), List.of(), null, 1, Aggregate.MEAN);
	}
}
