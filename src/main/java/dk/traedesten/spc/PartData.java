package dk.traedesten.spc;

/**
 * One part of a chart as its limits see it: the points {@code from} to {@code to − 1} of the chart's columns, the
 * values the limits are computed on (already transformed for t charts, moving ranges for mr charts), which points are
 * base points (in the baseline and not excluded), and where the limits go. NaN is missing.
 */
final class PartData {

	final double[] y;

	final Subgroups groups;

	final boolean[] base;

	final int from;

	final int to;

	/** Whether a known centre line replaces the computed one. */
	final boolean known;

	final double knownCl;

	final Limits limits;

	/** Room for a copy of the part's values and for a σ per point, indexed like the chart, so no chart allocates. */
	final double[] scratch;

	final double[] spread;

	PartData(double[] y, Subgroups groups, boolean[] base, int from, int to, Double knownCl, Limits limits,
			double[] scratch, double[] spread) {
		this.y = y;
		this.groups = groups;
		this.base = base;
		this.from = from;
		this.to = to;
		this.known = knownCl != null;
		this.knownCl = known ? knownCl : Double.NaN;
		this.limits = limits;
		this.scratch = scratch;
		this.spread = spread;
	}

	boolean categorical() {
		return groups.categorical;
	}

	/** The non-missing values of the base points, in order, into {@code scratch}; returns how many. */
	int presentBaseValues() {
		int k = 0;
		for (int i = from; i < to; i++) {
			if (base[i] && !Double.isNaN(y[i])) {
				scratch[k++] = y[i];
			}
		}
		return k;
	}

	double meanOfBase() {
		return Stats.mean(scratch, presentBaseValues());
	}

	double medianOfBase() {
		return Stats.median(scratch, presentBaseValues());
	}

	/** The limits of the part's first point for every point. */
	void repeatFirst() {
		limits.repeat(from, to);
	}
}
