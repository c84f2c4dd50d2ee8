package dk.traedesten.spc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** Xbar and s charts: several measurements per subgroup, spread from the subgroups' standard deviations. */
final class SubgroupLimits {

	private SubgroupLimits() {
	}

	static List<Limits> xbar(PartData part) {
		Double cl = part.knownCl();
		if (cl == null) {
			double weighted = 0;
			double size = 0;
			for (int i = 0; i < part.size(); i++) {
				if (part.base().get(i) && part.y().get(i) != null) {
					weighted += part.sizes().get(i) * part.y().get(i);
					size += part.sizes().get(i);
				}
			}
			cl = size == 0 ? null : Limits.finite(weighted / size);
		}
		Double sigma = sigma(part);
		List<Limits> all = new ArrayList<>();
		for (int i = 0; i < part.size(); i++) {
			int n = part.sizes().get(i);
			if (cl == null || sigma == null || n <= 1) {
				all.add(new Limits(cl, null, null, null, null));
				continue;
			}
			double c4 = c4(n);
			double spread = sigma / (c4 * Math.sqrt(n));
			all.add(new Limits(cl, Limits.finite(cl - 3 * spread), Limits.finite(cl + 3 * spread),
					Limits.finite(cl - 2 * spread), Limits.finite(cl + 2 * spread)));
		}
		return all;
	}

	static List<Limits> s(PartData part) {
		Double cl = part.knownCl() != null ? part.knownCl() : sigma(part);
		List<Limits> all = new ArrayList<>();
		for (int i = 0; i < part.size(); i++) {
			int n = part.sizes().get(i);
			if (cl == null || n <= 1) {
				all.add(new Limits(cl, null, null, null, null));
				continue;
			}
			double c4 = c4(n);
			double ratio = Math.sqrt(1 - c4 * c4) / c4;
			all.add(new Limits(cl, Limits.finite(Math.max(0, 1 - 3 * ratio) * cl),
					Limits.finite((1 + 3 * ratio) * cl), Limits.finite(Math.max(0, 1 - 2 * ratio) * cl),
					Limits.finite((1 + 2 * ratio) * cl)));
		}
		return all;
	}

	/**
	 * Pooled sd when subgroup sizes differ anywhere in the part (an empty subgroup counts as size 0), else the
	 * mean of the base subgroups' sds. The pooled denominator runs over every base subgroup, so an empty one
	 * adds −1, as qicharts2 does.
	 */
	static Double sigma(PartData part) {
		boolean sizesDiffer = new HashSet<>(part.sizes()).size() > 1;
		if (sizesDiffer) {
			double numerator = 0;
			double denominator = 0;
			for (int i = 0; i < part.size(); i++) {
				if (part.base().get(i)) {
					Double sd = part.sds().get(i);
					if (sd != null) {
						numerator += (part.sizes().get(i) - 1) * sd * sd;
					}
					denominator += part.sizes().get(i) - 1;
				}
			}
			return denominator == 0 ? null : Limits.finite(Math.sqrt(numerator / denominator));
		}
		List<Double> sds = new ArrayList<>();
		for (int i = 0; i < part.size(); i++) {
			if (part.base().get(i) && part.sds().get(i) != null) {
				sds.add(part.sds().get(i));
			}
		}
		return Stats.mean(sds);
	}

	/** c4(n) = √(2/(n−1)) · Γ(n/2) / Γ((n−1)/2), for n ≥ 2. */
	static double c4(int n) {
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
