package dk.traedesten.spc;

import java.util.Arrays;
import java.util.List;

/** The engine's entry point: computes a chart the way qicharts2 0.8.1 does (docs/QI-ANALYSIS.md). */
public final class Spc {

	private Spc() {
	}

	public static Analysis analyse(ChartType chart, List<Observation> observations, Options options) {
		Workspace workspace = Workspace.forRows(observations.size());
		Subgroups groups = null;
		try {
			groups = Subgroups.of(observations, options.aggregate(), workspace);
			return analyse(chart, groups, options, workspace);
		}
		finally {
			workspace.clear(observations.size(), groups == null ? 0 : groups.count);
		}
	}

	private static Analysis analyse(ChartType chart, Subgroups groups, Options options, Workspace workspace) {
		int count = groups.count;
		double[] shown = switch (chart) {
			case C -> groups.ySum;
			case XBAR -> groups.mean;
			case S -> groups.sd;
			case MR -> MovingRanges.of(groups.y, count, workspace.computed);
			default -> groups.y;
		};
		double[] computed = chart == ChartType.T ? IndividualsLimits.transform(shown, count, workspace.computed)
				: shown;
		boolean[] include = included(count, options.exclude(), workspace.include);
		int baselineEnd = !options.parts().isEmpty() || options.freeze() == null ? count
				: Math.max(0, Math.min(count, options.freeze()));
		boolean[] base = workspace.base;
		for (int i = 0; i < count; i++) {
			base[i] = i < baselineEnd && include[i];
		}
		int[] partStart = partStarts(count, options.parts());
		Limits limits = workspace.limits;
		for (int part = 0; part + 1 < partStart.length; part++) {
			if (partStart[part] < partStart[part + 1]) {
				limitsOf(chart, new PartData(computed, groups, base, partStart[part], partStart[part + 1],
						options.centreLine(), limits, workspace.scratch, workspace.spread));
			}
		}
		double m = options.multiply();
		double[] value = shown;
		if (m != 1) {
			value = workspace.value;
			for (int i = 0; i < count; i++) {
				value[i] = shown[i] * m;
			}
			limits.times(count, m);
		}
		boolean runsAllowed = !groups.categorical && chart != ChartType.MR;
		return Output.of(groups, value, limits, include, baselineEnd, partStart, runsAllowed);
	}

	private static void limitsOf(ChartType chart, PartData data) {
		switch (chart) {
			case RUN -> IndividualsLimits.run(data);
			case I -> IndividualsLimits.i(data);
			case MR -> IndividualsLimits.mr(data);
			case T -> IndividualsLimits.t(data);
			case C -> AttributeLimits.c(data);
			case G -> AttributeLimits.g(data);
			case P -> AttributeLimits.p(data, false);
			case PP -> AttributeLimits.p(data, true);
			case U -> AttributeLimits.u(data, false);
			case UP -> AttributeLimits.u(data, true);
			case XBAR -> SubgroupLimits.xbar(data);
			case S -> SubgroupLimits.s(data);
		}
	}

	private static boolean[] included(int count, List<Integer> exclude, boolean[] include) {
		Arrays.fill(include, 0, count, true);
		for (int position : exclude) {
			if (position >= 1 && position <= count) {
				include[position - 1] = false;
			}
		}
		return include;
	}

	/**
	 * Where each part starts, and the end: break point {@code 12} ends a part after point 12. Breaks at or beyond the
	 * last point add no part; a repeated or non-positive break adds an empty one, which still has a summary row.
	 */
	private static int[] partStarts(int count, List<Integer> breaks) {
		if (count == 0) {
			return new int[] { 0 };
		}
		int[] sorted = new int[breaks.size()];
		int inside = 0;
		for (int b : breaks) {
			if (b < count) {
				sorted[inside++] = Math.max(0, b);
			}
		}
		Arrays.sort(sorted, 0, inside);
		int[] start = new int[inside + 2];
		System.arraycopy(sorted, 0, start, 1, inside);
		start[inside + 1] = count;
		return start;
	}
}
