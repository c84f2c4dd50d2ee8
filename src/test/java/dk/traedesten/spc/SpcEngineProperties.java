package dk.traedesten.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the engine that hold for any data, beyond the reference cases. */
class SpcEngineProperties {

	@Provide
	Arbitrary<List<Double>> values() {
		return Arbitraries.doubles().between(-1000, 1000).ofScale(2).list().ofMinSize(2).ofMaxSize(60);
	}

	@Provide
	Arbitrary<List<Double>> counts() {
		return Arbitraries.integers().between(0, 60).map(Integer::doubleValue).list().ofMinSize(2).ofMaxSize(60);
	}

	@Provide
	Arbitrary<List<double[]>> proportions() {
		Arbitrary<double[]> row = Arbitraries.integers()
			.between(1, 400)
			.flatMap(n -> Arbitraries.integers().between(0, n).map(y -> new double[] { y, n }));
		return row.list().ofMinSize(2).ofMaxSize(60);
	}

	@Property
	void iChartLimitsAreSymmetricAroundTheCentreLine(@ForAll("values") List<Double> values) {
		for (Point p : analyse(ChartType.I, values).points()) {
			if (p.ucl() == null) {
				// screening drops every moving range only when they are all zero: σ is undefined, as in qicharts2
				assertThat(values).containsOnly(values.get(0));
				assertThat(p.lcl()).isNull();
				continue;
			}
			assertThat(p.ucl() - p.cl()).isCloseTo(p.cl() - p.lcl(), within(1e-9 * scale(p)));
			assertThat(p.ucl95() - p.cl()).isCloseTo(p.cl() - p.lcl95(), within(1e-9 * scale(p)));
			assertThat((p.ucl() - p.cl()) * 2).isCloseTo((p.ucl95() - p.cl()) * 3, within(1e-9 * scale(p)));
		}
	}

	@Example
	void anIChartWithoutSpreadHasNoLimits() {
		Point p = analyse(ChartType.I, List.of(5.0, 5.0, 5.0)).points().get(0);
		assertThat(p.cl()).isEqualTo(5.0);
		assertThat(p.lcl()).isNull();
		assertThat(p.ucl()).isNull();
	}

	@Property
	void cChartLimitsAreThreeRootCentreLineAboveAndSymmetricUnlessFlooredAtZero(
			@ForAll("counts") List<Double> counts) {
		for (Point p : analyse(ChartType.C, counts).points()) {
			assertThat(p.ucl() - p.cl()).isCloseTo(3 * Math.sqrt(p.cl()), within(1e-9 * scale(p)));
			assertThat(p.lcl()).isGreaterThanOrEqualTo(0);
			assertThat(p.lcl()).isCloseTo(Math.max(0, p.cl() - 3 * Math.sqrt(p.cl())), within(1e-9 * scale(p)));
			if (p.lcl() > 0) {
				assertThat(p.ucl() - p.cl()).isCloseTo(p.cl() - p.lcl(), within(1e-9 * scale(p)));
			}
		}
	}

	@Property
	void pChartLimitsLieWithinZeroAndOne(@ForAll("proportions") List<double[]> rows) {
		List<Observation> observations = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			observations.add(new Observation(Integer.toString(i + 1), rows.get(i)[0], rows.get(i)[1]));
		}
		for (ChartType chart : List.of(ChartType.P, ChartType.PP)) {
			for (Point p : Spc.analyse(chart, observations, Options.defaults()).points()) {
				assertThat(p.y()).isBetween(0.0, 1.0);
				for (Double limit : new Double[] { p.cl(), p.lcl(), p.ucl(), p.lcl95(), p.ucl95() }) {
					if (limit != null) {
						assertThat(limit).as(chart + " limit").isBetween(0.0, 1.0);
					}
				}
			}
		}
	}

	@Property
	void runsLimitsAreFunctionsOfTheUsefulObservations(@ForAll("values") List<Double> values) {
		PartSummary s = analyse(ChartType.RUN, values).summary().get(0);
		assertThat(s.nObs()).isEqualTo(values.size());
		assertThat(s.nUseful()).isLessThanOrEqualTo(s.nObs());
		if (s.nUseful() == 0) {
			assertThat(s.longestRunMax()).isNull();
			assertThat(s.nCrossingsMin()).isNull();
			assertThat(s.runsSignal()).isFalse();
			return;
		}
		assertThat(s.longestRunMax()).isEqualTo(Math.round(Math.log(s.nUseful()) / Math.log(2)) + 3);
		assertThat(s.nCrossingsMin()).isEqualTo(exactBinomialQuantile(s.nUseful() - 1));
		assertThat(s.longestRun()).isBetween(1, s.nUseful());
		assertThat(s.nCrossings()).isBetween(0, s.nUseful() - 1);
		assertThat(s.runsSignal())
			.isEqualTo(s.longestRun() > s.longestRunMax() || s.nCrossings() < s.nCrossingsMin());
	}

	@Property
	void theCrossingsLimitIsTheExactFivePercentBinomialQuantile(@ForAll @IntRange(min = 1, max = 400) int nUseful) {
		assertThat(RunsAnalysis.crossingsMin(nUseful)).isEqualTo(exactBinomialQuantile(nUseful - 1));
	}

	@Example
	void knownAnhojLimits() {
		// n.useful → (longest run max, crossings min) as Anhøj's rules tabulate them
		assertThat(RunsAnalysis.longestRunMax(10)).isEqualTo(6);
		assertThat(RunsAnalysis.crossingsMin(10)).isEqualTo(2);
		assertThat(RunsAnalysis.longestRunMax(20)).isEqualTo(7);
		assertThat(RunsAnalysis.crossingsMin(20)).isEqualTo(6);
		assertThat(RunsAnalysis.longestRunMax(24)).isEqualTo(8);
		assertThat(RunsAnalysis.crossingsMin(24)).isEqualTo(8);
	}

	/** Smallest c with 20 · Σ_{k≤c} C(t, k) ≥ 2^t, in exact integers: P(X ≤ c) ≥ 0.05 for X ~ Bin(t, ½). */
	static int exactBinomialQuantile(int trials) {
		BigInteger total = BigInteger.ONE.shiftLeft(trials);
		BigInteger cumulative = BigInteger.ZERO;
		BigInteger choose = BigInteger.ONE;
		for (int c = 0; c <= trials; c++) {
			if (c > 0) {
				choose = choose.multiply(BigInteger.valueOf(trials - c + 1)).divide(BigInteger.valueOf(c));
			}
			cumulative = cumulative.add(choose);
			if (cumulative.multiply(BigInteger.valueOf(20)).compareTo(total) >= 0) {
				return c;
			}
		}
		return trials;
	}

	private static Analysis analyse(ChartType chart, List<Double> values) {
		List<Observation> observations = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			observations.add(new Observation(Integer.toString(i + 1), values.get(i), null));
		}
		return Spc.analyse(chart, observations, Options.defaults());
	}

	private static double scale(Point p) {
		return Math.max(1, Math.abs(p.cl()) + Math.abs(p.ucl()));
	}
}
