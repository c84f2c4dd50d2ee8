package dk.traedesten.spc;

import java.util.ArrayList;
import java.util.List;

/** Run, i, mr and t charts: one value per point, spread estimated from moving ranges. */
final class IndividualsLimits {

	private static final double D2 = 1.128;

	private static final double T_POWER = 3.6;

	private IndividualsLimits() {
	}

	static List<Limits> run(PartData part) {
		Double cl = part.knownCl() != null ? part.knownCl() : Stats.median(part.presentBaseValues());
		return part.constant(new Limits(cl, null, null, null, null));
	}

	static List<Limits> i(PartData part) {
		Double cl = part.knownCl() != null ? part.knownCl() : Stats.mean(part.presentBaseValues());
		Double mr = MovingRanges.screenedAverage(MovingRanges.of(part.baseValues()));
		return part.constant(Limits.around(cl, mr == null ? null : mr / D2));
	}

	/** The part's values here are already the moving ranges. */
	static List<Limits> mr(PartData part) {
		Double cl = part.knownCl() != null ? part.knownCl() : Stats.mean(part.presentBaseValues());
		if (cl == null) {
			return part.constant(Limits.NONE);
		}
		return part.constant(new Limits(cl, 0.0, 3.267 * cl, 0.0, 2.178 * cl));
	}

	/** The part's values here are already transformed by y^(1/3.6); limits come back in the original scale. */
	static List<Limits> t(PartData part) {
		List<Limits> onTransformed = i(part);
		Limits transformed = onTransformed.isEmpty() ? Limits.NONE : onTransformed.get(0);
		Double lcl = transformed.lcl() == null ? null : transformed.lcl() < 0 ? 0.0 : back(transformed.lcl());
		Double lcl95 = transformed.lcl95() == null || transformed.lcl95() < 0 ? null : back(transformed.lcl95());
		Limits limits = new Limits(back(transformed.cl()), lcl, back(transformed.ucl()), lcl95,
				back(transformed.ucl95()));
		return part.constant(limits);
	}

	static Double transform(Double y) {
		if (y == null) {
			return null;
		}
		if (!(y > 0)) {
			throw new IllegalArgumentException("t chart values must be greater than 0, got " + y);
		}
		return Math.pow(y, 1 / T_POWER);
	}

	static Double back(Double v) {
		return v == null ? null : Limits.finite(Math.pow(v, T_POWER));
	}

	/** Moving ranges of the plotted values over the whole chart; the first point has none. */
	static List<Double> movingRangeValues(List<Double> y) {
		List<Double> values = new ArrayList<>();
		values.add(null);
		values.addAll(MovingRanges.of(y));
		return values;
	}
}
