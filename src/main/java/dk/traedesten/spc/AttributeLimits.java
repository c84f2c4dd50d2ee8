package dk.traedesten.spc;

/** Counts and proportions: c, g, p, u and Laney's p′ and u′. */
final class AttributeLimits {

	private static final double D2 = 1.128;

	private AttributeLimits() {
	}

	static void c(PartData part) {
		double cl = part.known ? part.knownCl : part.meanOfBase();
		part.limits.around(part.from, cl, Math.sqrt(cl));
		part.limits.floorAtZero(part.from);
		part.repeatFirst();
	}

	static void g(PartData part) {
		double mean = part.known ? part.knownCl : part.meanOfBase();
		double shown = part.known ? 0.693 * part.knownCl : part.medianOfBase();
		part.limits.around(part.from, mean, Math.sqrt(mean * (mean + 1)));
		part.limits.floorAtZero(part.from);
		part.limits.cl[part.from] = shown;
		part.repeatFirst();
	}

	static void p(PartData part, boolean laney) {
		proportionOrRate(part, laney, true);
	}

	static void u(PartData part, boolean laney) {
		proportionOrRate(part, laney, false);
	}

	private static void proportionOrRate(PartData part, boolean laney, boolean proportion) {
		double cl = part.known ? part.knownCl : centre(part);
		double[] sigma = part.spread;
		double[] n = part.groups.n;
		for (int i = part.from; i < part.to; i++) {
			sigma[i] = Limits.finite(Math.sqrt((proportion ? cl * (1 - cl) : cl) / n[i]));
		}
		double sigmaZ = laney ? sigmaZ(part, cl, sigma) : 1;
		for (int i = part.from; i < part.to; i++) {
			part.limits.around(i, cl, laney ? sigma[i] * sigmaZ : sigma[i]);
			part.limits.floorAtZero(i);
			if (proportion) {
				part.limits.capAtOne(i);
			}
		}
	}

	/** Σ y.sum / Σ n over the base points with a value. */
	private static double centre(PartData part) {
		double sum = 0;
		double n = 0;
		for (int i = part.from; i < part.to; i++) {
			if (part.base[i] && !Double.isNaN(part.y[i])) {
				if (!part.groups.withN) {
					throw new IllegalArgumentException("p and u charts need a denominator n");
				}
				sum += part.groups.ySum[i];
				n += part.groups.n[i];
			}
		}
		return n == 0 ? Double.NaN : Limits.finite(sum / n);
	}

	/** Laney: the spread of the base points' z-scores, by which every σ is multiplied. */
	private static double sigmaZ(PartData part, double cl, double[] sigma) {
		double[] z = part.scratch;
		if (part.categorical()) {
			int present = 0;
			for (int i = part.from; i < part.to; i++) {
				double score = Limits.finite((part.y[i] - cl) / sigma[i]);
				if (part.base[i] && !Double.isNaN(score)) {
					z[present++] = score;
				}
			}
			return Stats.sd(z, present);
		}
		for (int i = part.from; i < part.to; i++) {
			z[i] = Limits.finite((part.y[i] - cl) / sigma[i]);
		}
		return MovingRanges.screenedAverage(z, part.base, part.from, part.to) / D2;
	}
}
