import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import dk.traedesten.spc.Analysis;
import dk.traedesten.spc.ChartType;
import dk.traedesten.spc.Observation;
import dk.traedesten.spc.Options;
import dk.traedesten.spc.Spc;

/**
 * 10,000 series of 52 points, spread evenly over the twelve chart types, each analysed as the command line does
 * (summary and every point, with a baseline frozen after 20 points), against one plain pass that sums the same
 * arrays, in the same JVM and the same run. Every timing is the median of several rounds after a warm-up, so the
 * JIT has compiled both. Prints the ratio and, as the last line, "series/s: <number>".
 */
public class SpcBench {

	static final int SERIES = 10_000;

	static final int POINTS = 52;

	/** Values per subgroup for the xbar and s charts, whose points are subgroups of several measurements. */
	static final int SUBGROUP = 5;

	static final int ROUNDS = 15;

	/** Enough whole passes for the JIT to finish compiling the engine on a busy two-core machine. */
	static final int WARM_UP = 10;

	public static void main(String[] args) {
		ChartType[] types = ChartType.values();
		Random random = new Random(52);
		ChartType[] chart = new ChartType[SERIES];
		double[][] y = new double[SERIES][];
		double[][] n = new double[SERIES][];
		List<List<Observation>> observations = new ArrayList<>(SERIES);
		for (int s = 0; s < SERIES; s++) {
			chart[s] = types[s % types.length];
			int rows = chart[s] == ChartType.XBAR || chart[s] == ChartType.S ? POINTS * SUBGROUP : POINTS;
			y[s] = new double[rows];
			n[s] = new double[rows];
			List<Observation> series = new ArrayList<>(rows);
			for (int r = 0; r < rows; r++) {
				int x = chart[s] == ChartType.XBAR || chart[s] == ChartType.S ? r / SUBGROUP + 1 : r + 1;
				double[] value = value(chart[s], random);
				y[s][r] = value[0];
				n[s][r] = value[1];
				series.add(new Observation(Integer.toString(x), value[0], Double.isNaN(value[1]) ? null : value[1]));
			}
			observations.add(series);
		}
		Options options = new Options(20, List.of(), List.of(), null, 1, null);

		long[] plain = new long[ROUNDS];
		long[] full = new long[ROUNDS];
		double sink = 0;
		for (int warm = 0; warm < WARM_UP; warm++) {
			sink += sum(y, n);
			sink += analyse(chart, observations, options);
		}
		for (int round = 0; round < ROUNDS; round++) {
			long t0 = System.nanoTime();
			sink += sum(y, n);
			long t1 = System.nanoTime();
			sink += analyse(chart, observations, options);
			long t2 = System.nanoTime();
			plain[round] = t1 - t0;
			full[round] = t2 - t1;
		}
		double plainMs = median(plain) / 1e6;
		double fullMs = median(full) / 1e6;
		System.out.printf("SPC engine benchmark: %,d series x %d points, all %d chart types (xbar and s: subgroups of %d)%n",
				SERIES, POINTS, types.length, SUBGROUP);
		System.out.printf("Java %s, %d processors, median of %d rounds after %d warm-up rounds (checksum %.3f)%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), ROUNDS, WARM_UP,
				sink % 1000);
		System.out.printf("plain pass summing the same arrays: %10.3f ms%n", plainMs);
		System.out.printf("full analysis (summary and points):  %10.3f ms%n", fullMs);
		System.out.printf("ratio full / plain: %.1f (goal: at most 10)%n", fullMs / plainMs);
		System.out.printf("series/s: %.0f%n", SERIES / (fullMs / 1000));
	}

	/** One row's value (and denominator) in the shape its chart expects. */
	static double[] value(ChartType chart, Random random) {
		return switch (chart) {
			case P, PP -> {
				double d = 80 + random.nextInt(40);
				yield new double[] { Math.floor(d * (0.1 + 0.05 * random.nextDouble())), d };
			}
			case U, UP -> {
				double d = 200 + random.nextInt(50);
				yield new double[] { random.nextInt(30), d };
			}
			case C -> new double[] { random.nextInt(20), Double.NaN };
			case G, T -> new double[] { 1 + random.nextInt(40), Double.NaN };
			default -> new double[] { 50 + 10 * random.nextGaussian(), Double.NaN };
		};
	}

	static double sum(double[][] y, double[][] n) {
		double total = 0;
		for (int s = 0; s < y.length; s++) {
			double[] ys = y[s];
			double[] ns = n[s];
			for (int r = 0; r < ys.length; r++) {
				total += ys[r];
				if (!Double.isNaN(ns[r])) {
					total += ns[r];
				}
			}
		}
		return total;
	}

	static double analyse(ChartType[] chart, List<List<Observation>> observations, Options options) {
		double total = 0;
		for (int s = 0; s < chart.length; s++) {
			Analysis analysis = Spc.analyse(chart[s], observations.get(s), options);
			total += analysis.points().size() + analysis.summary().get(0).nUseful();
		}
		return total;
	}

	static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
