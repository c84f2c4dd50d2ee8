package dk.traedesten.spc;

/** Anhøj's runs rules over one part: longest run and number of crossings against their limits. */
final class RunsAnalysis {

	record Result(int nObs, int nUseful, int longestRun, int longestRunMax, int nCrossings, int nCrossingsMin,
			boolean signal) {

		/** The part's summary row; with no useful point the runs fields are missing. */
		PartSummary summary(int part, Double aLcl, Double cl, Double aUcl, int sigmaSignal) {
			if (nUseful == 0) {
				return new PartSummary(part, nObs, 0, null, null, null, null, false, aLcl, cl, aUcl, sigmaSignal);
			}
			return new PartSummary(part, nObs, nUseful, longestRun, longestRunMax, nCrossings, nCrossingsMin, signal,
					aLcl, cl, aUcl, sigmaSignal);
		}
	}

	/** Both limits for n.useful below this are remembered once computed (an int is written whole, so no lock). */
	private static final int TABLED = 4096;

	/** Each limit plus one, so that 0 means not yet computed. */
	private static final int[] LONGEST_RUN_MAX = new int[TABLED];

	private static final int[] CROSSINGS_MIN = new int[TABLED];

	private RunsAnalysis() {
	}

	/**
	 * The included points from {@code from} to {@code to − 1} of the values and centre lines (NaN is missing); a
	 * missing value counts in n.obs only.
	 */
	static Result of(double[] values, double[] centreLines, boolean[] include, int from, int to,
			boolean signalAllowed) {
		int nObs = 0;
		int nUseful = 0;
		int longest = 0;
		int run = 0;
		int crossings = 0;
		int previous = 0;
		for (int i = from; i < to; i++) {
			if (!include[i]) {
				continue;
			}
			nObs++;
			double y = values[i];
			double cl = centreLines[i];
			// 0 for a missing value, a missing centre line and a point on the line alike, which are skipped
			int sign = (y > cl ? 1 : 0) - (y < cl ? 1 : 0);
			if (sign == 0) {
				continue;
			}
			nUseful++;
			// without branches on the sign, which changes at random in a stable process
			boolean same = sign == previous;
			crossings += !same && previous != 0 ? 1 : 0;
			run = same ? run + 1 : 1;
			previous = sign;
			longest = Math.max(longest, run);
		}
		if (nUseful == 0) {
			return new Result(nObs, 0, 0, 0, 0, 0, false);
		}
		int longestMax = longestRunMax(nUseful);
		int crossingsMin = crossingsMin(nUseful);
		boolean signal = signalAllowed && (longest > longestMax || crossings < crossingsMin);
		return new Result(nObs, nUseful, longest, longestMax, crossings, crossingsMin, signal);
	}

	/** round(log2(n)) + 3. */
	static int longestRunMax(int nUseful) {
		if (nUseful < 1 || nUseful >= TABLED) {
			return computeLongestRunMax(nUseful);
		}
		if (LONGEST_RUN_MAX[nUseful] == 0) {
			LONGEST_RUN_MAX[nUseful] = computeLongestRunMax(nUseful) + 1;
		}
		return LONGEST_RUN_MAX[nUseful] - 1;
	}

	/** The smallest c with P(X ≤ c) ≥ 0.05 for X ~ Binomial(n − 1, ½). */
	static int crossingsMin(int nUseful) {
		if (nUseful < 1 || nUseful >= TABLED) {
			return binomialQuantile(0.05, nUseful - 1);
		}
		if (CROSSINGS_MIN[nUseful] == 0) {
			CROSSINGS_MIN[nUseful] = binomialQuantile(0.05, nUseful - 1) + 1;
		}
		return CROSSINGS_MIN[nUseful] - 1;
	}

	private static int computeLongestRunMax(int nUseful) {
		return (int) Math.round(Math.log(nUseful) / Math.log(2)) + 3;
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
