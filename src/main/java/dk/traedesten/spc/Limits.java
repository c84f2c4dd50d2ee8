package dk.traedesten.spc;

/** Centre line and limits of one point, before caps, floors and multiplication; missing is {@code null}. */
record Limits(Double cl, Double lcl, Double ucl, Double lcl95, Double ucl95) {

	static final Limits NONE = new Limits(null, null, null, null, null);

	/** CL ± 3σ and CL ± 2σ; undefined or infinite bounds become missing. */
	static Limits around(Double cl, Double sigma) {
		if (cl == null || sigma == null || !Double.isFinite(sigma)) {
			return new Limits(cl, null, null, null, null);
		}
		return new Limits(cl, finite(cl - 3 * sigma), finite(cl + 3 * sigma), finite(cl - 2 * sigma),
				finite(cl + 2 * sigma));
	}

	Limits floorAtZero() {
		return new Limits(cl, floor(lcl), ucl, floor(lcl95), ucl95);
	}

	Limits capAtOne() {
		return new Limits(cl, lcl, cap(ucl), lcl95, cap(ucl95));
	}

	Limits times(double m) {
		return new Limits(mul(cl, m), mul(lcl, m), mul(ucl, m), mul(lcl95, m), mul(ucl95, m));
	}

	static Double finite(Double v) {
		return v == null || !Double.isFinite(v) ? null : v;
	}

	private static Double floor(Double v) {
		return v == null ? null : Math.max(0, v);
	}

	private static Double cap(Double v) {
		return v == null ? null : Math.min(1, v);
	}

	private static Double mul(Double v, double m) {
		return v == null ? null : v * m;
	}
}
