package dk.traedesten.spc;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rows form each subgroup and in what order: rows with the same trimmed x, ordered by x as numbers, else as ISO
 * dates, else by name (a stable sort, so equal numbers keep their first appearance). Each x is parsed once, and rows
 * that already come in strictly increasing runs (the usual case) are taken as they are, without a map or a sort.
 */
final class Grouping {

	/** Subgroup count; subgroup {@code g} holds the rows {@code rows[start[g]] … rows[start[g + 1] − 1]}. */
	final int count;

	final String[] keys;

	final int[] start;

	final int[] rows;

	final boolean categorical;

	/** Whether any row, with or without x, has a denominator. */
	final boolean withN;

	private Grouping(int count, String[] keys, int[] start, int[] rows, boolean categorical, boolean withN) {
		this.count = count;
		this.keys = keys;
		this.start = start;
		this.rows = rows;
		this.categorical = categorical;
		this.withN = withN;
	}

	static Grouping of(List<Observation> observations, Workspace workspace) {
		int size = observations.size();
		int[] rows = workspace.rows;
		String[] keys = workspace.keys;
		int[] start = workspace.start;
		int kept = 0;
		int runs = 0;
		String previous = null;
		boolean withN = false;
		for (int r = 0; r < size; r++) {
			Observation o = observations.get(r);
			withN |= o.n() != null;
			String x = o.x();
			if (x == null || x.isBlank()) {
				continue;
			}
			String key = x.trim();
			if (!key.equals(previous)) {
				keys[runs] = key;
				start[runs++] = kept;
				previous = key;
			}
			rows[kept++] = r;
		}
		start[runs] = kept;
		double[] order = workspace.order;
		boolean numeric = readAll(keys, runs, order, false);
		boolean dates = !numeric && readAll(keys, runs, order, true);
		boolean categorical = !numeric && !dates;
		if (increasing(keys, order, runs, categorical)) {
			return new Grouping(runs, keys, start, rows, categorical, withN);
		}
		return merged(keys, start, rows, runs, order, categorical, withN);
	}

	/** Each run's key as a number (or a date's epoch day) into {@code order}; false at the first that is not one. */
	private static boolean readAll(String[] keys, int runs, double[] order, boolean dates) {
		for (int g = 0; g < runs; g++) {
			double v = dates ? XKeys.epochDay(keys[g]) : XKeys.number(keys[g]);
			if (Double.isNaN(v) && (dates || !XKeys.NOT_A_NUMBER.contains(keys[g]))) {
				return false;
			}
			order[g] = v;
		}
		return true;
	}

	/**
	 * Whether the runs already stand in sorted order with no key twice. Strictly: keys that read as the same number
	 * ("1" and "1.0"), or a key that comes back later, take the stable sort's way.
	 */
	private static boolean increasing(String[] keys, double[] order, int runs, boolean categorical) {
		for (int g = 1; g < runs; g++) {
			boolean after = categorical ? keys[g].compareTo(keys[g - 1]) > 0 : order[g] > order[g - 1];
			if (!after) {
				return false;
			}
		}
		return true;
	}

	/** Runs with the same key joined in order of first appearance, then stably sorted. */
	private static Grouping merged(String[] runKeys, int[] runStart, int[] runRows, int runs, double[] runOrder,
			boolean categorical, boolean withN) {
		Map<String, Integer> firstRun = new HashMap<>();
		int[] groupOf = new int[runs];
		int[] groupSize = new int[runs];
		Integer[] groups = new Integer[runs];
		int count = 0;
		for (int k = 0; k < runs; k++) {
			Integer g = firstRun.putIfAbsent(runKeys[k], count);
			if (g == null) {
				groups[count] = count;
				g = count++;
			}
			groupOf[k] = g;
			groupSize[g] += runStart[k + 1] - runStart[k];
		}
		String[] keys = new String[count];
		double[] order = new double[count];
		for (int k = runs - 1; k >= 0; k--) {
			keys[groupOf[k]] = runKeys[k];
			order[groupOf[k]] = runOrder[k];
		}
		Comparator<Integer> byX = categorical ? Comparator.comparing(g -> keys[g])
				: (a, b) -> Double.compare(order[a], order[b]);
		Integer[] sorted = Arrays.copyOf(groups, count);
		Arrays.sort(sorted, byX);
		int[] position = new int[count];
		int[] start = new int[count + 1];
		String[] sortedKeys = new String[count];
		for (int p = 0; p < count; p++) {
			sortedKeys[p] = keys[sorted[p]];
			start[p + 1] = start[p] + groupSize[sorted[p]];
			position[sorted[p]] = start[p];
		}
		int[] rows = new int[runStart[runs]];
		for (int k = 0; k < runs; k++) {
			for (int i = runStart[k]; i < runStart[k + 1]; i++) {
				rows[position[groupOf[k]]++] = runRows[i];
			}
		}
		return new Grouping(count, sortedKeys, start, rows, categorical, withN);
	}
}
