package dk.traedesten.spc;

import java.util.List;

/**
 * The summary rows and points of an analysis from its columns. Numbers are boxed only when they change: a point
 * reuses its row's boxes where its value is that row's very double, and the box of the point before where a limit
 * repeats, so a chart with constant limits boxes them once per part.
 */
final class Output {

	private Double cl;

	private Double lcl;

	private Double ucl;

	private Double lcl95;

	private Double ucl95;

	private Output() {
	}

	static Analysis of(Subgroups groups, double[] value, Limits limits, boolean[] include, int baselineEnd,
			int[] partStart, boolean runsAllowed) {
		int parts = partStart.length - 1;
		PartSummary[] summary = new PartSummary[parts];
		Point[] points = new Point[groups.count];
		Output boxes = new Output();
		for (int part = 0; part < parts; part++) {
			int from = partStart[part];
			int to = partStart[part + 1];
			RunsAnalysis.Result runs = RunsAnalysis.of(value, limits.cl, include, from, to, runsAllowed);
			int signals = 0;
			Mean lcl = new Mean();
			Mean cl = new Mean();
			Mean ucl = new Mean();
			for (int i = from; i < to; i++) {
				boolean sigma = value[i] > limits.ucl[i] || value[i] < limits.lcl[i];
				signals += sigma ? 1 : 0;
				lcl.add(limits.lcl[i]);
				cl.add(limits.cl[i]);
				ucl.add(limits.ucl[i]);
				points[i] = boxes.point(groups, value, limits, i, part + 1, i < baselineEnd, include[i], sigma,
						runs.signal());
			}
			summary[part] = runs.summary(part + 1, lcl.boxed(), cl.boxed(), ucl.boxed(), signals);
		}
		return new Analysis(List.of(summary), List.of(points));
	}

	private Point point(Subgroups groups, double[] value, Limits limits, int i, int part, boolean baseline,
			boolean include, boolean sigma, boolean runsSignal) {
		Observation row = groups.single[i];
		cl = box(limits.cl[i], cl);
		lcl = box(limits.lcl[i], lcl);
		ucl = box(limits.ucl[i], ucl);
		lcl95 = box(limits.lcl95[i], lcl95);
		ucl95 = box(limits.ucl95[i], ucl95);
		return new Point(groups.x[i], box(value[i], row == null ? null : row.y()),
				box(groups.n[i], row == null ? null : row.n()), box(groups.ySum[i], row == null ? null : row.y()),
				groups.yLength[i], part, baseline, include, cl, lcl, ucl, lcl95, ucl95, sigma, runsSignal);
	}

	/** The mean of the non-missing values added, in order. */
	private static final class Mean {

		private double sum;

		private int count;

		void add(double v) {
			if (!Double.isNaN(v)) {
				sum += v;
				count++;
			}
		}

		Double boxed() {
			return count == 0 ? null : sum / count;
		}
	}

	/** {@code candidate} when it holds exactly this double (−0.0 and 0.0 differ), else a new box. */
	private static Double box(double v, Double candidate) {
		if (Double.isNaN(v)) {
			return null;
		}
		if (candidate != null && Double.doubleToRawLongBits(candidate) == Double.doubleToRawLongBits(v)) {
			return candidate;
		}
		return v;
	}
}
