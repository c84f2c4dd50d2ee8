package dk.traedesten.measures.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import dk.traedesten.measures.Direction;
import dk.traedesten.spc.Analysis;
import dk.traedesten.spc.ChartType;
import dk.traedesten.spc.Observation;
import dk.traedesten.spc.Options;
import dk.traedesten.spc.PartSummary;
import dk.traedesten.spc.Spc;

import org.junit.jupiter.api.Test;

/** The "Making Data Count" badges on analyses made by the engine, and on hand-made summaries for assurance. */
class BadgeTests {

	@Test
	void alternatingValuesAreCommonCause() {
		Analysis stable = i(9, 11, 10, 12, 9, 11, 10, 12, 9, 11, 10, 12);
		assertThat(VariationBadge.of(stable, Direction.HIGHER_IS_BETTER)).isEqualTo(VariationBadge.COMMON_CAUSE);
	}

	@Test
	void aLongRunAboveIsAnImprovementOnlyWhereHigherIsBetter() {
		Analysis shift = i(8, 12, 8, 12, 8, 12, 8, 12, 12.5, 13, 12.5, 13, 12.5, 13, 12.5, 13);
		assertThat(shift.summary().get(0).runsSignal()).isTrue();
		assertThat(shift.points()).noneMatch(point -> point.sigmaSignal());
		assertThat(VariationBadge.of(shift, Direction.HIGHER_IS_BETTER))
			.isEqualTo(VariationBadge.SPECIAL_CAUSE_IMPROVING);
		assertThat(VariationBadge.of(shift, Direction.LOWER_IS_BETTER))
			.isEqualTo(VariationBadge.SPECIAL_CAUSE_CONCERNING);
	}

	@Test
	void aPointBelowTheLowerLimitIsAConcernWhereHigherIsBetter() {
		Analysis dip = i(6, 14, 6, 14, 6, 14, 6, -30, 14, 6, 14, 6, 14, 6, 14, 6);
		assertThat(dip.points().get(7).sigmaSignal()).isTrue();
		assertThat(dip.summary().get(0).runsSignal()).isFalse();
		assertThat(VariationBadge.of(dip, Direction.HIGHER_IS_BETTER))
			.isEqualTo(VariationBadge.SPECIAL_CAUSE_CONCERNING);
		assertThat(VariationBadge.of(dip, Direction.LOWER_IS_BETTER)).isEqualTo(VariationBadge.SPECIAL_CAUSE_IMPROVING);
	}

	@Test
	void onlyTheLatestPartCounts() {
		List<Observation> observations = observations(10, 10.5, 10, 10.5, 10, 2, 10, 10.5, 9, 11, 9, 11, 9, 11, 9, 11,
				9, 11);
		Analysis parts = Spc.analyse(ChartType.I, observations,
				new Options(null, List.of(8), List.of(), null, 1, null));
		assertThat(parts.points().get(5).sigmaSignal()).isTrue();
		assertThat(VariationBadge.of(parts, Direction.HIGHER_IS_BETTER)).isEqualTo(VariationBadge.COMMON_CAUSE);
	}

	@Test
	void signalsBothWaysAreNeither() {
		Analysis both = i(10, 10.5, 10, 10.5, 10, 30, 10, 10.5, 10, -10, 10, 10.5, 10, 10.5);
		assertThat(VariationBadge.of(both, Direction.HIGHER_IS_BETTER)).isEqualTo(VariationBadge.SPECIAL_CAUSE_NEITHER);
	}

	@Test
	void fewPointsWithoutASignalAreNotEnough() {
		assertThat(VariationBadge.of(i(9, 11, 10, 12, 9), Direction.HIGHER_IS_BETTER))
			.isEqualTo(VariationBadge.NOT_ENOUGH_DATA);
	}

	@Test
	void assuranceComparesTheTargetWithTheLatestLimits() {
		Analysis limits = summary(80, 90);
		assertThat(AssuranceBadge.of(limits, Direction.HIGHER_IS_BETTER, 75.0)).isEqualTo(AssuranceBadge.CONSISTENTLY_MEETS);
		assertThat(AssuranceBadge.of(limits, Direction.HIGHER_IS_BETTER, 95.0)).isEqualTo(AssuranceBadge.CONSISTENTLY_FAILS);
		assertThat(AssuranceBadge.of(limits, Direction.HIGHER_IS_BETTER, 85.0)).isEqualTo(AssuranceBadge.HIT_AND_MISS);
		assertThat(AssuranceBadge.of(limits, Direction.LOWER_IS_BETTER, 95.0)).isEqualTo(AssuranceBadge.CONSISTENTLY_MEETS);
		assertThat(AssuranceBadge.of(limits, Direction.LOWER_IS_BETTER, 75.0)).isEqualTo(AssuranceBadge.CONSISTENTLY_FAILS);
		assertThat(AssuranceBadge.of(limits, Direction.LOWER_IS_BETTER, 82.0)).isEqualTo(AssuranceBadge.HIT_AND_MISS);
		assertThat(AssuranceBadge.of(limits, Direction.LOWER_IS_BETTER, 80.0)).isEqualTo(AssuranceBadge.CONSISTENTLY_FAILS);
		assertThat(AssuranceBadge.of(limits, Direction.HIGHER_IS_BETTER, 80.0)).isEqualTo(AssuranceBadge.CONSISTENTLY_MEETS);
		assertThat(AssuranceBadge.of(limits, Direction.HIGHER_IS_BETTER, null)).isEqualTo(AssuranceBadge.NO_TARGET);
	}

	@Test
	void aRunChartHasNoAssurance() {
		Analysis run = Spc.analyse(ChartType.RUN, observations(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), Options.defaults());
		assertThat(AssuranceBadge.of(run, Direction.HIGHER_IS_BETTER, 5.0)).isEqualTo(AssuranceBadge.NO_TARGET);
	}

	@Test
	void assuranceReadsTheLastPart() {
		Analysis two = new Analysis(List.of(part(1, 0, 10), part(2, 80, 90)), List.of());
		assertThat(AssuranceBadge.of(two, Direction.HIGHER_IS_BETTER, 50.0)).isEqualTo(AssuranceBadge.CONSISTENTLY_MEETS);
	}

	static Analysis i(double... values) {
		return Spc.analyse(ChartType.I, observations(values), Options.defaults());
	}

	static List<Observation> observations(double... values) {
		List<Observation> observations = new ArrayList<>();
		for (int k = 0; k < values.length; k++) {
			observations.add(new Observation(Integer.toString(k + 1), values[k], null));
		}
		return observations;
	}

	static Analysis summary(double lcl, double ucl) {
		return new Analysis(List.of(part(1, lcl, ucl)), List.of());
	}

	static PartSummary part(int part, double lcl, double ucl) {
		return new PartSummary(part, 20, 20, 3, 8, 10, 6, false, lcl, (lcl + ucl) / 2, ucl, 0);
	}
}
