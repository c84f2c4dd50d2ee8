package dk.traedesten.spc;

/**
 * Centre line and limits of every point of a chart, as columns where NaN is missing: first before caps, floors and
 * multiplication, then after.
 */
final class Limits {

	final double[] cl;

	final double[] lcl;

	final double[] ucl;

	final double[] lcl95;

	final double[] ucl95;

	Limits(int count) {
		cl = new double[count];
		lcl = new double[count];
		ucl = new double[count];
		lcl95 = new double[count];
		ucl95 = new double[count];
	}

	void set(int i, double cl, double lcl, double ucl, double lcl95, double ucl95) {
		this.cl[i] = cl;
		this.lcl[i] = lcl;
		this.ucl[i] = ucl;
		this.lcl95[i] = lcl95;
		this.ucl95[i] = ucl95;
	}

	/** A centre line without limits. */
	void centreOnly(int i, double cl) {
		set(i, cl, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
	}

	/** CL ± 3σ and CL ± 2σ; undefined or infinite bounds become missing. */
	void around(int i, double cl, double sigma) {
		if (Double.isNaN(cl) || !Double.isFinite(sigma)) {
			centreOnly(i, cl);
			return;
		}
		set(i, cl, finite(cl - 3 * sigma), finite(cl + 3 * sigma), finite(cl - 2 * sigma), finite(cl + 2 * sigma));
	}

	void floorAtZero(int i) {
		lcl[i] = Math.max(0, lcl[i]);
		lcl95[i] = Math.max(0, lcl95[i]);
	}

	void capAtOne(int i) {
		ucl[i] = Math.min(1, ucl[i]);
		ucl95[i] = Math.min(1, ucl95[i]);
	}

	/** The limits of point {@code from} for every point up to {@code to}. */
	void repeat(int from, int to) {
		for (int i = from + 1; i < to; i++) {
			set(i, cl[from], lcl[from], ucl[from], lcl95[from], ucl95[from]);
		}
	}

	void times(int count, double m) {
		for (int i = 0; i < count; i++) {
			set(i, cl[i] * m, lcl[i] * m, ucl[i] * m, lcl95[i] * m, ucl95[i] * m);
		}
	}

	static double finite(double v) {
		return Double.isFinite(v) ? v : Double.NaN;
	}
}
