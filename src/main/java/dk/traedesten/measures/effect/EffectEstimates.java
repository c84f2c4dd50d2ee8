package dk.traedesten.measures.effect;

import java.util.List;
import java.util.Optional;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;

import dk.traedesten.measures.Indicator;
import dk.traedesten.measures.SeriesPoint;

/**
 * The before/after effect: the baseline (points marked baseline) against the latest part (the points of the
 * last phase, or all points after the baseline when there are no phases), with a 95 % confidence interval
 * suited to the indicator's kind. Empty when either side has too few periods or a zero leaves the estimate
 * undefined. Plain Java, tested against hand-worked examples.
 * <p>
 * The intervals treat the pooled counts (or the period means) as independent samples; they say how sure the
 * difference is beyond sampling noise, not that the change caused it. The chart's runs and sigma signals
 * remain the test of a change in the process.
 */
public final class EffectEstimates {

	/**
	 * Counts are pooled over the side's periods, and the pooled count is the sample the interval rests on, so a
	 * single period each side is enough to estimate.
	 */
	static final int MINIMUM_POOLED_PERIODS = 1;

	/** A mean of period means needs two periods a side: the Welch interval needs each side's variance. */
	static final int MINIMUM_MEAN_PERIODS = 2;

	private static final double Z = new NormalDistribution().inverseCumulativeProbability(0.975);

	private EffectEstimates() {
	}

	public static Optional<EffectEstimate> of(Indicator indicator, List<SeriesPoint> points) {
		EffectSides sides = EffectSides.of(points, indicator.kind().needsDenominator());
		double shown = indicator.kind().multiply();
		return switch (indicator.kind()) {
			case PROPORTION -> proportions(sides, shown);
			case SCALE_MEAN -> means(sides, shown);
			case COUNT -> rateRatio(sides, false, shown);
			case RATE -> rateRatio(sides, true, shown);
		};
	}

	/*
	 * Newcombe's hybrid score interval (Newcombe 1998, method 10) rather than Wald: the groups are often a class
	 * or a unit, so counts are small and proportions near 0 % happen; there Wald's interval collapses to a point
	 * (0 events give a zero standard error) or runs past 0 %, while the score interval keeps its coverage near
	 * 95 % and is defined with a zero count. With large denominators (absence days) the two agree.
	 */
	private static Optional<EffectEstimate> proportions(EffectSides sides, double shown) {
		if (sides.before().size() < MINIMUM_POOLED_PERIODS || sides.after().size() < MINIMUM_POOLED_PERIODS) {
			return Optional.empty();
		}
		Pooled before = Pooled.of(sides.before(), true);
		Pooled after = Pooled.of(sides.after(), true);
		if (before.count() > before.exposure() || after.count() > after.exposure() || before.count() < 0
				|| after.count() < 0) {
			return Optional.empty();
		}
		double p1 = before.rate();
		double p2 = after.rate();
		double[] w1 = wilson(before.count(), before.exposure());
		double[] w2 = wilson(after.count(), after.exposure());
		double difference = p2 - p1;
		double lower = difference - Math.hypot(p2 - w2[0], w1[1] - p1);
		double upper = difference + Math.hypot(w2[1] - p2, p1 - w1[0]);
		return Optional.of(new EffectEstimate(EffectMethod.DIFFERENCE_IN_PROPORTIONS, p1 * shown, p2 * shown,
				difference * shown, lower * shown, upper * shown, sides.before().size(), sides.after().size()));
	}

	/** Wilson's score interval for x events in n trials: {lower, upper}. */
	static double[] wilson(double x, double n) {
		double p = x / n;
		double z2 = Z * Z;
		double centre = p + z2 / (2 * n);
		double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
		double scale = 1 + z2 / n;
		return new double[] { (centre - half) / scale, (centre + half) / scale };
	}

	private static Optional<EffectEstimate> means(EffectSides sides, double shown) {
		int n1 = sides.before().size();
		int n2 = sides.after().size();
		if (n1 < MINIMUM_MEAN_PERIODS || n2 < MINIMUM_MEAN_PERIODS) {
			return Optional.empty();
		}
		double m1 = mean(sides.before());
		double m2 = mean(sides.after());
		double v1 = variance(sides.before(), m1) / n1;
		double v2 = variance(sides.after(), m2) / n2;
		// Both sides flat: no spread to build an interval from, and a zero-width one would claim certainty.
		if (v1 + v2 <= 0) {
			return Optional.empty();
		}
		double se = Math.sqrt(v1 + v2);
		double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
		double t = new TDistribution(df).inverseCumulativeProbability(0.975);
		double difference = m2 - m1;
		return Optional.of(new EffectEstimate(EffectMethod.DIFFERENCE_IN_MEANS, m1 * shown, m2 * shown,
				difference * shown, (difference - t * se) * shown, (difference + t * se) * shown, n1, n2));
	}

	/*
	 * Poisson counts: the log of the rate ratio has standard error sqrt(1/C1 + 1/C2) (the delta method), so the
	 * interval is exp(log ratio ± z·SE). A count of zero on either side leaves the ratio (or its logarithm)
	 * undefined, and the estimate is then withheld.
	 */
	private static Optional<EffectEstimate> rateRatio(EffectSides sides, boolean byExposure, double shown) {
		if (sides.before().size() < MINIMUM_POOLED_PERIODS || sides.after().size() < MINIMUM_POOLED_PERIODS) {
			return Optional.empty();
		}
		Pooled before = Pooled.of(sides.before(), byExposure);
		Pooled after = Pooled.of(sides.after(), byExposure);
		if (before.count() <= 0 || after.count() <= 0) {
			return Optional.empty();
		}
		double ratio = after.rate() / before.rate();
		double se = Math.sqrt(1 / before.count() + 1 / after.count());
		double lower = Math.exp(Math.log(ratio) - Z * se);
		double upper = Math.exp(Math.log(ratio) + Z * se);
		return Optional.of(new EffectEstimate(EffectMethod.RATE_RATIO, before.rate() * shown, after.rate() * shown,
				ratio, lower, upper, sides.before().size(), sides.after().size()));
	}

	private static double mean(List<SeriesPoint> points) {
		double sum = 0;
		for (SeriesPoint point : points) {
			sum += point.value();
		}
		return sum / points.size();
	}

	private static double variance(List<SeriesPoint> points, double mean) {
		double sum = 0;
		for (SeriesPoint point : points) {
			sum += (point.value() - mean) * (point.value() - mean);
		}
		return sum / (points.size() - 1);
	}

	/** A side's summed counts over its summed exposure (the number of periods when counted per period). */
	private record Pooled(double count, double exposure) {

		static Pooled of(List<SeriesPoint> points, boolean byDenominator) {
			double count = 0;
			double exposure = 0;
			for (SeriesPoint point : points) {
				count += point.value();
				exposure += byDenominator ? point.denominator() : 1;
			}
			return new Pooled(count, exposure);
		}

		double rate() {
			return count / exposure;
		}
	}
}
