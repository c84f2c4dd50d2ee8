package dk.traedesten.spc;

/** The chart families the engine computes, named as in qicharts2. */
public enum ChartType {
	RUN, I, MR, XBAR, S, T, P, PP, C, U, UP, G;

	/** The chart type for a qicharts2 name such as {@code "run"} or {@code "pp"}. */
	public static ChartType of(String name) {
		return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
	}
}
