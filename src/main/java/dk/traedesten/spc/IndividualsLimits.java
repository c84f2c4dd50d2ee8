package dk.traedesten.spc;

/** Run, i, mr and t charts: one value per point, spread estimated from moving ranges. */
final class IndividualsLimits {

	private static final double D2 = 1.128;

	private static final double T_POWER = 3.6;

	private IndividualsLimits() {
	}

	static void run(PartData part) {
		double cl = part.known ? part.knownCl : part.medianOfBase();
		part.limits.centreOnly(part.from, cl);
		part.repeatFirst();
	}

	static void i(PartData part) {
		iFirst(part);
		part.repeatFirst();
	}

	/** The i chart's limits, set on the part's first point only. */
	private static void iFirst(PartData part) {
		double cl = part.known ? part.knownCl : part.meanOfBase();
		double mr = MovingRanges.screenedAverage(part.y, part.base, part.from, part.to);
		part.limits.around(part.from, cl, mr / D2);
	}

	/** The part's values here are already the moving ranges. */
	static void mr(PartData part) {
		double cl = part.known ? part.knownCl : part.meanOfBase();
		if (Double.isNaN(cl)) {
			part.limits.centreOnly(part.from, cl);
		}
		else {
			part.limits.set(part.from, cl, 0.0, 3.267 * cl, 0.0, 2.178 * cl);
		}
		part.repeatFirst();
	}

	/** The part's values here are already transformed by y^(1/3.6); limits come back in the original scale. */
	static void t(PartData part) {
		iFirst(part);
		Limits l = part.limits;
		int i = part.from;
		double lcl = Double.isNaN(l.lcl[i]) ? Double.NaN : l.lcl[i] < 0 ? 0.0 : back(l.lcl[i]);
		double lcl95 = Double.isNaN(l.lcl95[i]) || l.lcl95[i] < 0 ? Double.NaN : back(l.lcl95[i]);
		l.set(i, back(l.cl[i]), lcl, back(l.ucl[i]), lcl95, back(l.ucl95[i]));
		part.repeatFirst();
	}

	/** y^(1/3.6) of every value, for the t chart. */
	static double[] transform(double[] y, int count, double[] transformed) {
		for (int i = 0; i < count; i++) {
			if (!(y[i] > 0) && !Double.isNaN(y[i])) {
				throw new IllegalArgumentException("t chart values must be greater than 0, got " + y[i]);
			}
			transformed[i] = Math.pow(y[i], 1 / T_POWER);
		}
		return transformed;
	}

	static double back(double v) {
		return Limits.finite(Math.pow(v, T_POWER));
	}
}
