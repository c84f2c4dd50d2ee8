package dk.traedesten.spc;

/** Xbar and s charts: several measurements per subgroup, spread from the subgroups' standard deviations. */
final class SubgroupLimits {

	/** c4 and c5 / c4 for subgroup sizes below this are computed once, when the class loads. */
	private static final int TABLED = 128;

	private static final double[] C4 = new double[TABLED];

	private static final double[] C5_BY_C4 = new double[TABLED];

	static {
		for (int n = 2; n < TABLED; n++) {
			C4[n] = computeC4(n);
			C5_BY_C4[n] = Math.sqrt(1 - C4[n] * C4[n]) / C4[n];
		}
	}

	private SubgroupLimits() {
	}

	static void xbar(PartData part) {
		double cl = part.known ? part.knownCl : weightedMean(part);
		double sigma = sigma(part);
		int[] sizes = part.groups.yLength;
		for (int i = part.from; i < part.to; i++) {
			int n = sizes[i];
			if (Double.isNaN(cl) || Double.isNaN(sigma) || n <= 1) {
				part.limits.centreOnly(i, cl);
				continue;
			}
			double spread = sigma / (c4(n) * Math.sqrt(n));
			part.limits.set(i, cl, Limits.finite(cl - 3 * spread), Limits.finite(cl + 3 * spread),
					Limits.finite(cl - 2 * spread), Limits.finite(cl + 2 * spread));
		}
	}

	static void s(PartData part) {
		double cl = part.known ? part.knownCl : sigma(part);
		int[] sizes = part.groups.yLength;
		for (int i = part.from; i < part.to; i++) {
			int n = sizes[i];
			if (Double.isNaN(cl) || n <= 1) {
				part.limits.centreOnly(i, cl);
				continue;
			}
			double ratio = c5ByC4(n);
			part.limits.set(i, cl, Limits.finite(Math.max(0, 1 - 3 * ratio) * cl), Limits.finite((1 + 3 * ratio) * cl),
					Limits.finite(Math.max(0, 1 - 2 * ratio) * cl), Limits.finite((1 + 2 * ratio) * cl));
		}
	}

	/** Σ(nᵢ·meanᵢ) / Σnᵢ over the base subgroups with a value. */
	private static double weightedMean(PartData part) {
		double weighted = 0;
		double size = 0;
		int[] sizes = part.groups.yLength;
		for (int i = part.from; i < part.to; i++) {
			if (part.base[i] && !Double.isNaN(part.y[i])) {
				weighted += sizes[i] * part.y[i];
				size += sizes[i];
			}
		}
		return size == 0 ? Double.NaN : Limits.finite(weighted / size);
	}

	/**
	 * Pooled sd when subgroup sizes differ anywhere in the part (an empty subgroup counts as size 0), else the
	 * mean of the base subgroups' sds. The pooled denominator runs over every base subgroup, so an empty one
	 * adds −1, as qicharts2 does.
	 */
	static double sigma(PartData part) {
		int[] sizes = part.groups.yLength;
		double[] sds = part.groups.sd;
		boolean sizesDiffer = false;
		for (int i = part.from + 1; i < part.to && !sizesDiffer; i++) {
			sizesDiffer = sizes[i] != sizes[part.from];
		}
		if (sizesDiffer) {
			double numerator = 0;
			double denominator = 0;
			for (int i = part.from; i < part.to; i++) {
				if (part.base[i]) {
					if (!Double.isNaN(sds[i])) {
						numerator += (sizes[i] - 1) * sds[i] * sds[i];
					}
					denominator += sizes[i] - 1;
				}
			}
			return denominator == 0 ? Double.NaN : Limits.finite(Math.sqrt(numerator / denominator));
		}
		double[] present = part.scratch;
		int count = 0;
		for (int i = part.from; i < part.to; i++) {
			if (part.base[i] && !Double.isNaN(sds[i])) {
				present[count++] = sds[i];
			}
		}
		return Stats.mean(present, count);
	}

	/** c4(n) = √(2/(n−1)) · Γ(n/2) / Γ((n−1)/2), for n ≥ 2. */
	static double c4(int n) {
		return n < TABLED ? C4[n] : computeC4(n);
	}

	/** c5 / c4 = √(1 − c4²) / c4, the factor of B3 and B4. */
	private static double c5ByC4(int n) {
		if (n < TABLED) {
			return C5_BY_C4[n];
		}
		double c4 = computeC4(n);
		return Math.sqrt(1 - c4 * c4) / c4;
	}

	private static double computeC4(int n) {
		return Math.sqrt(2.0 / (n - 1)) * gammaRatio(n);
	}

	/**
	 * Γ(n/2) / Γ((n−1)/2) by the recursion r(2) = 1/√π, r(k+1) = ((k−1)/2) / r(k), which stays finite where
	 * the gammas themselves would overflow.
	 */
	static double gammaRatio(int n) {
		double r = 1 / Math.sqrt(Math.PI);
		for (int k = 2; k < n; k++) {
			r = ((k - 1) / 2.0) / r;
		}
		return r;
	}
}
