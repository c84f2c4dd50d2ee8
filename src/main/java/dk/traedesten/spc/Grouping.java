package dk.traedesten.spc;

import java.time.DateTimeException;
import java.time.LocalDate;
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

	/** Numbers with at most this many digits and no sign, point or exponent are read exactly as a long. */
	private static final int PLAIN_DIGITS = 15;

	/** The only keys Double.parseDouble reads as NaN. */
	private static final List<String> NOT_A_NUMBER = List.of("NaN", "+NaN", "-NaN");

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
			double v = dates ? epochDay(keys[g]) : number(keys[g]);
			if (Double.isNaN(v) && (dates || !NOT_A_NUMBER.contains(keys[g]))) {
				return false;
			}
			order[g] = v;
		}
		return true;
	}

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

	/** The key as Double.parseDouble reads it, or NaN when it reads none. */
	static double number(String key) {
		int length = key.length();
		if (length <= PLAIN_DIGITS) {
			long value = 0;
			int i = 0;
			while (i < length && key.charAt(i) >= '0' && key.charAt(i) <= '9') {
				value = value * 10 + (key.charAt(i++) - '0');
			}
			if (i == length && length > 0) {
				return value;
			}
		}
		for (int i = 1; i < length; i++) {
			char c = key.charAt(i);
			// a sign inside a number only follows an exponent: an ISO date is refused here without an exception
			if ((c == '-' || c == '+') && "eEpP".indexOf(key.charAt(i - 1)) < 0) {
				return Double.NaN;
			}
		}
		try {
			return Double.parseDouble(key);
		}
		catch (NumberFormatException e) {
			return Double.NaN;
		}
	}

	/** The key's epoch day as LocalDate.parse reads an ISO date, or NaN when it reads none. */
	static double epochDay(String key) {
		if (key.length() == 10 && key.charAt(4) == '-' && key.charAt(7) == '-') {
			int year = digits(key, 0, 4);
			int month = digits(key, 5, 7);
			int day = digits(key, 8, 10);
			if (year >= 0 && month >= 0 && day >= 0) {
				try {
					return LocalDate.of(year, month, day).toEpochDay();
				}
				catch (DateTimeException e) {
					return Double.NaN;
				}
			}
		}
		try {
			return LocalDate.parse(key).toEpochDay();
		}
		catch (DateTimeException e) {
			return Double.NaN;
		}
	}

	/** The ASCII digits from {@code from} to {@code to} as a number, or −1 if any is not a digit. */
	private static int digits(String s, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}
}
