package dk.traedesten.spc;

import java.util.List;

/** Anhøj's runs rules over one part: longest run and number of crossings against their limits. */
final class RunsAnalysis {

	record Result(int nObs, int nUseful, Integer longestRun, Integer longestRunMax, Integer nCrossings,
			Integer nCrossingsMin, boolean signal) {
	}

	private RunsAnalysis() {
	}

	/** Values and centre lines of the part's included points, in order; a missing value counts in n.obs only. */
	static Result of(List<Double> values, List<Double> centreLines, boolean signalAllowed) {
		int nUseful = 0;
		int longest = 0;
		int run = 0;
		int crossings = 0;
		int previous = 0;
		for (int i = 0; i < values.size(); i++) {
			Double y = values.get(i);
			Double cl = centreLines.get(i);
			if (y == null || cl == null || y.doubleValue() == cl.doubleValue()) {
				continue;
			}
			int sign = y > cl ? 1 : -1;
			nUseful++;
			if (sign == previous) {
				run++;
			}
			else {
				if (previous != 0) {
					crossings++;
				}
				run = 1;
				previous = sign;
			}
			longest = Math.max(longest, run);
		}
		if (nUseful == 0) {
			return new Result(values.size(), 0, null, null, null, null, false);
		}
		int longestMax = longestRunMax(nUseful);
		int crossingsMin = crossingsMin(nUseful);
		boolean signal = signalAllowed && (longest > longestMax || crossings < crossingsMin);
		return new Result(values.size(), nUseful, longest, longestMax, crossings, crossingsMin, signal);
	}

	/** round(log2(n)) + 3. */
	static int longestRunMax(int nUseful) {
		return (int) Math.round(Math.log(nUseful) / Math.log(2)) + 3;
	}

	/** The smallest c with P(X ≤ c) ≥ 0.05 for X ~ Binomial(n − 1, ½). */
	static int crossingsMin(int nUseful) {
		return binomialQuantile(0.05, nUseful - 1);
	}

	/** Smallest c with P(X ≤ c) ≥ p for X ~ Binomial(trials, ½), terms computed in log space. */
	static int binomialQuantile(double p, int trials) {
		double cumulative = 0;
		double logChoose = 0; // log C(trials, 0)
		double logHalfPower = trials * Math.log(0.5);
		for (int c = 0; c <= trials; c++) {
			if (c > 0) {
				logChoose += Math.log(trials - c + 1) - Math.log(c);
			}
			cumulative += Math.exp(logChoose + logHalfPower);
			if (cumulative >= p) {
				return c;
			}
		}
		return trials;
	}
}
