package dk.traedesten.spc;

import java.util.Arrays;

/**
 * The columns one analysis works in, kept per thread and reused, so that analysing a series allocates hardly more
 * than its result. Every analysis writes each column before reading it, up to the rows or subgroups it has; columns
 * holding objects are cleared afterwards, so a kept workspace holds on to no caller's data.
 */
final class Workspace {

	/**
	 * Workspaces for more rows than this are made for the one analysis and not kept: at about 150 bytes a row, a
	 * thread keeps at most some 600 kB, even in a pool of a couple of hundred request threads.
	 */
	private static final int KEPT_ROWS = 4096;

	private static final ThreadLocal<Workspace> CURRENT = new ThreadLocal<>();

	final int capacity;

	// rows: their trimmed x, and the order the grouping puts them in
	final String[] keys;

	final int[] rows;

	final int[] start;

	final double[] order;

	final double[] values;

	// subgroups
	final Observation[] single;

	final double[] y;

	final double[] ySum;

	final int[] yLength;

	final double[] mean;

	final double[] sd;

	final double[] n;

	// the chart
	final double[] computed;

	final double[] value;

	final boolean[] include;

	final boolean[] base;

	final double[] scratch;

	final double[] spread;

	final Limits limits;

	private Workspace(int capacity) {
		this.capacity = capacity;
		keys = new String[capacity];
		rows = new int[capacity];
		start = new int[capacity + 1];
		order = new double[capacity];
		values = new double[capacity];
		single = new Observation[capacity];
		y = new double[capacity];
		ySum = new double[capacity];
		yLength = new int[capacity];
		mean = new double[capacity];
		sd = new double[capacity];
		n = new double[capacity];
		computed = new double[capacity];
		value = new double[capacity];
		include = new boolean[capacity];
		base = new boolean[capacity];
		scratch = new double[capacity];
		spread = new double[capacity];
		limits = new Limits(capacity);
	}

	/** This thread's workspace, with room for at least {@code rows} rows. */
	static Workspace forRows(int rows) {
		Workspace kept = CURRENT.get();
		if (kept != null && kept.capacity >= rows) {
			return kept;
		}
		Workspace made = new Workspace(Math.max(rows, kept == null ? 64 : Math.min(KEPT_ROWS, 2 * kept.capacity)));
		if (rows <= KEPT_ROWS) {
			CURRENT.set(made);
		}
		return made;
	}

	/** Lets go of the caller's objects once an analysis has made its result. */
	void clear(int rowCount, int groupCount) {
		Arrays.fill(keys, 0, rowCount, null);
		Arrays.fill(single, 0, groupCount, null);
	}
}
