package dk.traedesten.spc;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows grouped by x and ordered: numbers ascending, ISO dates chronologically, categories by name. */
final class Subgroups {

	/** One subgroup before any chart logic; {@code mean} and {@code sd} are over its non-missing y. */
	record Subgroup(String x, Double y, Double n, Double ySum, int yLength, Double mean, Double sd) {
	}

	final List<Subgroup> groups;

	final boolean categorical;

	private Subgroups(List<Subgroup> groups, boolean categorical) {
		this.groups = groups;
		this.categorical = categorical;
	}

	static Subgroups of(List<Observation> observations, Aggregate aggregate) {
		boolean withN = observations.stream().anyMatch(o -> o.n() != null);
		Map<String, List<Observation>> byX = new LinkedHashMap<>();
		for (Observation o : observations) {
			if (o.x() == null || o.x().isBlank()) {
				continue;
			}
			byX.computeIfAbsent(o.x().trim(), k -> new ArrayList<>()).add(o);
		}
		List<String> keys = new ArrayList<>(byX.keySet());
		boolean numeric = keys.stream().allMatch(Subgroups::isNumber);
		boolean dates = !numeric && keys.stream().allMatch(Subgroups::isDate);
		if (numeric) {
			keys.sort(Comparator.comparingDouble(Double::parseDouble));
		}
		else if (dates) {
			keys.sort(Comparator.comparing(LocalDate::parse));
		}
		else {
			keys.sort(Comparator.naturalOrder());
		}
		List<Subgroup> groups = new ArrayList<>();
		for (String key : keys) {
			groups.add(subgroup(key, byX.get(key), withN, aggregate));
		}
		return new Subgroups(groups, !numeric && !dates);
	}

	private static Subgroup subgroup(String x, List<Observation> rows, boolean withN, Aggregate aggregate) {
		List<Double> ys = new ArrayList<>();
		double nSum = 0;
		for (Observation o : rows) {
			boolean missing = o.y() == null || o.y().isNaN() || (withN && (o.n() == null || o.n().isNaN()));
			if (!missing) {
				ys.add(o.y());
				if (withN) {
					nSum += o.n();
				}
			}
		}
		Double ySum = ys.isEmpty() && rows.size() == 1 ? null : sum(ys);
		Double mean = ys.isEmpty() ? null : sum(ys) / ys.size();
		Double sd = ys.size() < 2 ? null : Stats.sd(ys);
		Double y;
		if (withN) {
			y = nSum == 0 || ys.isEmpty() ? null : finite(sum(ys) / nSum);
		}
		else if (ys.isEmpty()) {
			y = null;
		}
		else {
			y = switch (aggregate) {
				case MEAN -> mean;
				case MEDIAN -> Stats.median(ys);
				case SUM -> sum(ys);
				case SD -> sd;
			};
		}
		return new Subgroup(x, y, withN ? nSum : null, ySum, ys.size(), mean, sd);
	}

	private static Double finite(double v) {
		return Double.isFinite(v) ? v : null;
	}

	private static double sum(List<Double> values) {
		double s = 0;
		for (double v : values) {
			s += v;
		}
		return s;
	}

	private static boolean isNumber(String s) {
		try {
			Double.parseDouble(s);
			return true;
		}
		catch (NumberFormatException e) {
			return false;
		}
	}

	private static boolean isDate(String s) {
		try {
			LocalDate.parse(s);
			return true;
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}
}
