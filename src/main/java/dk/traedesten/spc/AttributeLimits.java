package dk.traedesten.spc;

import java.util.ArrayList;
import java.util.List;

/** Counts and proportions: c, g, p, u and Laney's p′ and u′. */
final class AttributeLimits {

	private static final double D2 = 1.128;

	private AttributeLimits() {
	}

	static List<Limits> c(PartData part) {
		Double cl = part.knownCl() != null ? part.knownCl() : Stats.mean(part.presentBaseValues());
		return part.constant(Limits.around(cl, cl == null ? null : Math.sqrt(cl)).floorAtZero());
	}

	static List<Limits> g(PartData part) {
		Double mean = part.knownCl() != null ? part.knownCl() : Stats.mean(part.presentBaseValues());
		Double shown = part.knownCl() != null ? 0.693 * part.knownCl() : Stats.median(part.presentBaseValues());
		Limits aroundMean = Limits.around(mean, mean == null ? null : Math.sqrt(mean * (mean + 1))).floorAtZero();
		return part.constant(new Limits(shown, aroundMean.lcl(), aroundMean.ucl(), aroundMean.lcl95(),
				aroundMean.ucl95()));
	}

	static List<Limits> p(PartData part, boolean laney) {
		Double cl = centre(part);
		List<Double> sigmas = perPoint(part, cl, true);
		return limits(part, cl, scaled(part, cl, sigmas, laney), true);
	}

	static List<Limits> u(PartData part, boolean laney) {
		Double cl = centre(part);
		List<Double> sigmas = perPoint(part, cl, false);
		return limits(part, cl, scaled(part, cl, sigmas, laney), false);
	}

	/** Σ y.sum / Σ n over the base points with a value. */
	private static Double centre(PartData part) {
		if (part.knownCl() != null) {
			return part.knownCl();
		}
		double sum = 0;
		double n = 0;
		for (int i = 0; i < part.size(); i++) {
			if (part.base().get(i) && part.y().get(i) != null) {
				sum += part.ySum().get(i);
				n += part.n().get(i);
			}
		}
		return n == 0 ? null : Limits.finite(sum / n);
	}

	private static List<Double> perPoint(PartData part, Double cl, boolean proportion) {
		List<Double> sigmas = new ArrayList<>();
		for (int i = 0; i < part.size(); i++) {
			Double n = part.n().get(i);
			if (cl == null || n == null) {
				sigmas.add(null);
			}
			else {
				sigmas.add(Limits.finite(Math.sqrt((proportion ? cl * (1 - cl) : cl) / n)));
			}
		}
		return sigmas;
	}

	/** Laney: multiply by σz, the spread of the base points' z-scores. */
	private static List<Double> scaled(PartData part, Double cl, List<Double> sigmas, boolean laney) {
		if (!laney) {
			return sigmas;
		}
		List<Double> z = new ArrayList<>();
		for (int i = 0; i < part.size(); i++) {
			if (part.base().get(i)) {
				Double y = part.y().get(i);
				Double s = sigmas.get(i);
				z.add(y == null || s == null || cl == null ? null : Limits.finite((y - cl) / s));
			}
		}
		Double sigmaZ;
		if (part.categorical()) {
			sigmaZ = Stats.sd(z.stream().filter(v -> v != null).toList());
		}
		else {
			Double mr = MovingRanges.screenedAverage(MovingRanges.of(z));
			sigmaZ = mr == null ? null : mr / D2;
		}
		List<Double> result = new ArrayList<>();
		for (Double s : sigmas) {
			result.add(s == null || sigmaZ == null ? null : s * sigmaZ);
		}
		return result;
	}

	private static List<Limits> limits(PartData part, Double cl, List<Double> sigmas, boolean proportion) {
		List<Limits> all = new ArrayList<>();
		for (Double s : sigmas) {
			Limits l = Limits.around(cl, s).floorAtZero();
			all.add(proportion ? l.capAtOne() : l);
		}
		return all;
	}
}
