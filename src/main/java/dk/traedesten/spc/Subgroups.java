package dk.traedesten.spc;

import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The subgroups of a chart in order (see {@link Grouping}), as primitive columns where NaN is missing: the value
 * qicharts2 plots for the aggregate, y.sum, y.length, the mean and sample sd of the non-missing y, and n.
 */
final class Subgroups {

	final int count;

	final String[] x;

	final double[] y;

	final double[] ySum;

	final int[] yLength;

	final double[] mean;

	final double[] sd;

	/** The summed denominators; NaN throughout when no row has one. */
	final double[] n;

	/** A subgroup's only row, whose boxed numbers a point can reuse; {@code null} for larger subgroups. */
	final Observation[] single;

	final boolean withN;

	final boolean categorical;

	private Subgroups(Grouping grouping, Workspace workspace) {
		this.count = grouping.count;
		this.x = grouping.keys;
		this.y = workspace.y;
		this.ySum = workspace.ySum;
		this.yLength = workspace.yLength;
		this.mean = workspace.mean;
		this.sd = workspace.sd;
		this.n = workspace.n;
		this.single = workspace.single;
		this.withN = grouping.withN;
		this.categorical = grouping.categorical;
	}

	static Subgroups of(List<Observation> observations, Aggregate aggregate, Workspace workspace) {
		List<Observation> rows = observations instanceof RandomAccess ? observations : new ArrayList<>(observations);
		Grouping grouping = Grouping.of(rows, workspace);
		Subgroups groups = new Subgroups(grouping, workspace);
		boolean withN = groups.withN;
		double[] values = workspace.values;
		for (int g = 0; g < groups.count; g++) {
			int from = grouping.start[g];
			int to = grouping.start[g + 1];
			int length = 0;
			double sum = 0;
			double nSum = 0;
			for (int k = from; k < to; k++) {
				Observation o = rows.get(grouping.rows[k]);
				Double y = o.y();
				Double n = o.n();
				if (y != null && !y.isNaN() && !(withN && (n == null || n.isNaN()))) {
					values[length++] = y;
					sum += y;
					if (withN) {
						nSum += n;
					}
				}
			}
			groups.single[g] = to - from == 1 ? rows.get(grouping.rows[from]) : null;
			groups.set(g, values, length, to - from, sum, nSum, aggregate);
		}
		return groups;
	}

	/** The subgroup's numbers from its {@code length} non-missing values, summing to {@code sum}; sorts the values. */
	private void set(int g, double[] values, int length, int rows, double sum, double nSum, Aggregate aggregate) {
		yLength[g] = length;
		ySum[g] = length == 0 && rows == 1 ? Double.NaN : sum;
		mean[g] = length == 0 ? Double.NaN : sum / length;
		sd[g] = length < 2 ? Double.NaN : Stats.sd(values, length, mean[g]);
		n[g] = withN ? nSum : Double.NaN;
		if (withN) {
			y[g] = nSum == 0 || length == 0 ? Double.NaN : Limits.finite(sum / nSum);
		}
		else if (length == 0) {
			y[g] = Double.NaN;
		}
		else {
			y[g] = switch (aggregate) {
				case MEAN -> mean[g];
				case MEDIAN -> Stats.median(values, length);
				case SUM -> sum;
				case SD -> sd[g];
			};
		}
	}
}
