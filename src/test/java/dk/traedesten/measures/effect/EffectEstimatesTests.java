package dk.traedesten.measures.effect;

import static dk.traedesten.measures.effect.EffectPoints.baselineThen;
import static dk.traedesten.measures.effect.EffectPoints.indicator;
import static dk.traedesten.measures.effect.EffectPoints.point;
import static dk.traedesten.measures.effect.EffectPoints.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.traedesten.measures.IndicatorKind;
import dk.traedesten.measures.SeriesPoint;

/**
 * Hand-worked examples. z = Φ⁻¹(0.975) = 1.959963984540054, z² = 3.841458820694124. Every number below was
 * worked step by step from the formulas in {@link EffectEstimates}; the test asserts the final ones to 1e-9.
 */
class EffectEstimatesTests {

	private static final double TOLERANCE = 1e-9;

	/*
	 * Before 30/600 (three months of 10/200), after 18/620 (6/200, 6/200, 6/220).
	 * p1 = 30/600 = 0.05, p2 = 18/620 = 0.0290322580645161; difference = -0.0209677419354839 → -2.0967741935 pp.
	 * Wilson for 30/600: centre = p + z²/2n = 0.05 + 0.0032012156839 = 0.0532012156839;
	 *   half = z·√(p(1-p)/n + z²/4n²) = 1.95996·√(0.0000791667 + 0.0000026677) = 0.0177302924913;
	 *   scale = 1 + z²/n = 1.0064024313678; l1 = 0.0352452677846, u1 = 0.0704802631277.
	 * Wilson for 18/620: centre = 0.0321302087264, half = 0.0135740912286, scale = 1.0061959013237;
	 *   l2 = 0.0184418535927, u2 = 0.0454228643695.
	 * lower = d − √((p2 − l2)² + (u1 − p1)²) = −0.0209677419 − √(0.0105904045² + 0.0204802631²)
	 *       = −0.0209677419 − 0.0230564057 = −0.0440241477 → −4.4024147654 pp;
	 * upper = d + √((u2 − p2)² + (p1 − l1)²) = −0.0209677419 + √(0.0163906063² + 0.0147547322²)
	 *       = −0.0209677419 + 0.0220534373 = 0.0010856954 → 0.1085695388 pp.
	 * (Wald would give −0.0209677 ± 1.95996·√(0.05·0.95/600 + 0.02903·0.97097/620) = −4.28 … 0.09 pp.)
	 */
	@Test
	void differenceInProportionsFromThePooledCounts() {
		List<SeriesPoint> points = baselineThen(
				List.of(new double[] { 10, 200 }, new double[] { 10, 200 }, new double[] { 10, 200 }),
				List.of(new double[] { 6, 200 }, new double[] { 6, 200 }, new double[] { 6, 220 }));

		EffectEstimate effect = EffectEstimates.of(indicator(IndicatorKind.PROPORTION), points).orElseThrow();

		assertThat(effect.method()).isEqualTo(EffectMethod.DIFFERENCE_IN_PROPORTIONS);
		assertThat(effect.before()).isCloseTo(5.0, within(TOLERANCE));
		assertThat(effect.after()).isCloseTo(2.903225806451613, within(TOLERANCE));
		assertThat(effect.estimate()).isCloseTo(-2.0967741935483875, within(TOLERANCE));
		assertThat(effect.lower()).isCloseTo(-4.40241476540467, within(TOLERANCE));
		assertThat(effect.upper()).isCloseTo(0.10856953882979678, within(TOLERANCE));
		assertThat(effect.beforePeriods()).isEqualTo(3);
		assertThat(effect.afterPeriods()).isEqualTo(3);
	}

	/*
	 * A zero count, where Wald would give a zero-width side: before 0/40, after 3/40.
	 * Wilson for 0/40: centre = z²/80 = 0.0480182353, half = z·√(z²/6400) = z²/80 = 0.0480182353,
	 *   scale = 1 + z²/40 = 1.0960364705; l1 = 0, u1 = 0.0960364705/1.0960364705 = 0.0876216012.
	 * Wilson for 3/40: p = 0.075, centre = 0.075 + 0.0480182353 = 0.1230182353,
	 *   half = 1.95996·√(0.075·0.925/40 + 3.8414588/6400) = 1.95996·√(0.00173438 + 0.00060023) = 0.0947010088;
	 *   l2 = 0.0283172265/1.0960364705 = 0.0258360258, u2 = 0.2177192441/1.0960364705 = 0.1986423352.
	 * d = 0.075; lower = 0.075 − √((0.075 − 0.0258360258)² + 0.0876216012²) = 0.075 − 0.1004720924 = −0.0254720924;
	 * upper = 0.075 + √((0.1986423352 − 0.075)² + 0²) = 0.1986423352.
	 */
	@Test
	void aZeroCountStillHasAnIntervalForAProportion() {
		List<SeriesPoint> points = baselineThen(List.of(new double[] { 0, 20 }, new double[] { 0, 20 }),
				List.of(new double[] { 1, 20 }, new double[] { 2, 20 }));

		EffectEstimate effect = EffectEstimates.of(indicator(IndicatorKind.PROPORTION), points).orElseThrow();

		assertThat(effect.estimate()).isCloseTo(7.5, within(TOLERANCE));
		assertThat(effect.lower()).isCloseTo(-2.547209243373655, within(TOLERANCE));
		assertThat(effect.upper()).isCloseTo(19.864233524310546, within(TOLERANCE));
	}

	/*
	 * Scale means, before 3.0 3.2 3.4 3.2 and after 3.5 3.7 3.9 3.7 (the baseline marked).
	 * m1 = 12.8/4 = 3.2, m2 = 14.8/4 = 3.7, difference = 0.5.
	 * s1² = (0.04 + 0 + 0.04 + 0)/3 = 0.0266667, s2² the same; SE = √(0.0266667/4 + 0.0266667/4) = √0.0133333
	 *   = 0.1154700538.
	 * Welch df = (0.0066667 + 0.0066667)² / (0.0066667²/3 + 0.0066667²/3) = 0.000177778/0.0000296296 = 6, so
	 *   t = qt(0.975, 6) = 2.4469118511.
	 * interval = 0.5 ± 2.4469118511 · 0.1154700538 = 0.5 ± 0.2825450432 = 0.2174549568 … 0.7825450432.
	 */
	@Test
	void differenceInMeansWithAWelchInterval() {
		List<SeriesPoint> points = baselineThen(rows(3.0, 3.2, 3.4, 3.2), rows(3.5, 3.7, 3.9, 3.7));

		EffectEstimate effect = EffectEstimates.of(indicator(IndicatorKind.SCALE_MEAN), points).orElseThrow();

		assertThat(effect.method()).isEqualTo(EffectMethod.DIFFERENCE_IN_MEANS);
		assertThat(effect.before()).isCloseTo(3.2, within(TOLERANCE));
		assertThat(effect.after()).isCloseTo(3.7, within(TOLERANCE));
		assertThat(effect.estimate()).isCloseTo(0.5, within(TOLERANCE));
		assertThat(effect.lower()).isCloseTo(0.2174549568116323, within(TOLERANCE));
		assertThat(effect.upper()).isCloseTo(0.7825450431883677, within(TOLERANCE));
	}

	/*
	 * Counts per period (c chart), before 12 8 10 10 (40 in 4 periods), after 5 7 6 (18 in 3).
	 * r1 = 40/4 = 10, r2 = 18/3 = 6, ratio = 0.6, log ratio = −0.5108256238.
	 * SE(log) = √(1/40 + 1/18) = √(0.025 + 0.0555556) = 0.2838231061; z·SE = 0.5562830659.
	 * interval = exp(−0.5108256238 ∓ 0.5562830659) = exp(−1.0671086897) … exp(0.0454574422)
	 *   = 0.3440016966 … 1.0465064666.
	 */
	@Test
	void rateRatioOfCountsPerPeriod() {
		List<SeriesPoint> points = baselineThen(rows(12, 8, 10, 10), rows(5, 7, 6));

		EffectEstimate effect = EffectEstimates.of(indicator(IndicatorKind.COUNT), points).orElseThrow();

		assertThat(effect.method()).isEqualTo(EffectMethod.RATE_RATIO);
		assertThat(effect.before()).isCloseTo(10, within(TOLERANCE));
		assertThat(effect.after()).isCloseTo(6, within(TOLERANCE));
		assertThat(effect.estimate()).isCloseTo(0.6, within(TOLERANCE));
		assertThat(effect.lower()).isCloseTo(0.34400169658083213, within(TOLERANCE));
		assertThat(effect.upper()).isCloseTo(1.0465064666197326, within(TOLERANCE));
	}

	/*
	 * Rates, before 20/400 and 10/200 (30 per 600 = 0.05), after 9/300 and 12/450 (21 per 750 = 0.028).
	 * ratio = 0.028/0.05 = 0.56, log ratio = −0.5798184953.
	 * SE(log) = √(1/30 + 1/21) = √(0.0333333 + 0.0476190) = 0.2845213190; z·SE = 0.5576515380.
	 * interval = exp(−1.1374700333) … exp(−0.0221669572) = 0.3206291777 … 0.9780769244.
	 */
	@Test
	void rateRatioOfCountsPerExposure() {
		List<SeriesPoint> points = baselineThen(List.of(new double[] { 20, 400 }, new double[] { 10, 200 }),
				List.of(new double[] { 9, 300 }, new double[] { 12, 450 }));

		EffectEstimate effect = EffectEstimates.of(indicator(IndicatorKind.RATE), points).orElseThrow();

		assertThat(effect.before()).isCloseTo(0.05, within(TOLERANCE));
		assertThat(effect.after()).isCloseTo(0.028, within(TOLERANCE));
		assertThat(effect.estimate()).isCloseTo(0.56, within(TOLERANCE));
		assertThat(effect.lower()).isCloseTo(0.3206291776989915, within(TOLERANCE));
		assertThat(effect.upper()).isCloseTo(0.9780769244101964, within(TOLERANCE));
	}

	@Test
	void theLatestPhaseIsComparedWithTheBaseline() {
		// Baseline 12 8 10 10, a middle phase of 30 30 (left out), the last phase 5 7 6: the count example again.
		List<SeriesPoint> points = new ArrayList<>(baselineThen(rows(12, 8, 10, 10), List.of()));
		points.add(point(4, new double[] { 30 }, false, true));
		points.add(point(5, new double[] { 30 }, false, false));
		points.add(point(6, new double[] { 5 }, false, true));
		points.add(point(7, new double[] { 7 }, false, false));
		points.add(point(8, new double[] { 6 }, false, false));

		EffectEstimate effect = EffectEstimates.of(indicator(IndicatorKind.COUNT), points).orElseThrow();

		assertThat(effect.estimate()).isCloseTo(0.6, within(TOLERANCE));
		assertThat(effect.beforePeriods()).isEqualTo(4);
		assertThat(effect.afterPeriods()).isEqualTo(3);
	}

	@Test
	void withoutBaselineMarksTheFirstPartIsTheBaseline() {
		List<SeriesPoint> points = new ArrayList<>();
		double[] counts = { 12, 8, 10, 10, 5, 7, 6 };
		for (int i = 0; i < counts.length; i++) {
			points.add(point(i, new double[] { counts[i] }, false, i == 4));
		}

		EffectEstimate effect = EffectEstimates.of(indicator(IndicatorKind.COUNT), points).orElseThrow();

		assertThat(effect.before()).isCloseTo(10, within(TOLERANCE));
		assertThat(effect.estimate()).isCloseTo(0.6, within(TOLERANCE));
	}

	@Test
	void missingValuesAreLeftOut() {
		List<SeriesPoint> points = new ArrayList<>(baselineThen(rows(12, 8, 10, 10), rows(5, 7, 6)));
		points.add(4, new SeriesPoint(points.get(4).periodStart().minusDays(1), null, null, null, false, false));

		EffectEstimate effect = EffectEstimates.of(indicator(IndicatorKind.COUNT), points).orElseThrow();

		assertThat(effect.afterPeriods()).isEqualTo(3);
		assertThat(effect.estimate()).isCloseTo(0.6, within(TOLERANCE));
	}

	@Test
	void noBaselineAndNoPhasesLeaveNothingToCompare() {
		List<SeriesPoint> points = baselineThen(List.of(), rows(5, 7, 6, 9));

		assertThat(EffectEstimates.of(indicator(IndicatorKind.COUNT), points)).isEmpty();
	}

	@Test
	void anEmptySideGivesNoEstimate() {
		assertThat(EffectEstimates.of(indicator(IndicatorKind.COUNT), baselineThen(rows(5, 7, 6), List.of())))
			.isEmpty();
	}

	@Test
	void aMeanNeedsTwoPeriodsASide() {
		assertThat(EffectEstimates.of(indicator(IndicatorKind.SCALE_MEAN), baselineThen(rows(3.0), rows(3.5, 3.7))))
			.isEmpty();
		assertThat(EffectEstimates.of(indicator(IndicatorKind.SCALE_MEAN), baselineThen(rows(3.0, 3.2), rows(3.5, 3.7))))
			.isPresent();
	}

	@Test
	void flatMeansOnBothSidesGiveNoInterval() {
		assertThat(EffectEstimates.of(indicator(IndicatorKind.SCALE_MEAN), baselineThen(rows(3, 3, 3), rows(4, 4, 4))))
			.isEmpty();
	}

	@Test
	void aZeroCountLeavesTheRateRatioUndefined() {
		assertThat(EffectEstimates.of(indicator(IndicatorKind.COUNT), baselineThen(rows(0, 0, 0), rows(2, 3)))).isEmpty();
		assertThat(EffectEstimates.of(indicator(IndicatorKind.COUNT), baselineThen(rows(2, 3), rows(0, 0)))).isEmpty();
	}
}
