package dk.traedesten.demo;

import java.time.LocalDate;
import java.util.List;

import dk.traedesten.measures.Direction;
import dk.traedesten.measures.Indicator;
import dk.traedesten.measures.IndicatorKind;
import dk.traedesten.measures.SeriesAnalysis;
import dk.traedesten.measures.SeriesPoint;
import dk.traedesten.spc.Analysis;
import dk.traedesten.spc.PartSummary;
import dk.traedesten.spc.Point;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each demo series shows what it is meant to show, as the engine reads it. */
class DemoMeasureShapesTests {

	private static final LocalDate START = LocalDate.of(2026, 1, 7);

	@Test
	void absenceShiftsAfterTheStartAndOnlyALongRunSaysSo() {
		Analysis analysis = SeriesAnalysis.of(indicator(IndicatorKind.PROPORTION, Direction.LOWER_IS_BETTER),
				DemoMeasureShapes.absenceShift(START));
		PartSummary part = single(analysis);
		assertThat(part.runsSignal()).isTrue();
		assertThat(part.longestRun()).isGreaterThan(part.longestRunMax());
		assertThat(part.sigmaSignal()).isZero();
		// Frozen on the ten baseline weeks, whose level is about 8.5 %.
		assertThat(analysis.points().get(20).cl()).isBetween(7.5, 9.5);
		assertThat(analysis.points().stream().filter(Point::baseline).count()).isEqualTo(10);
	}

	@Test
	void friendshipHasOneWeekOutsideTheLimitsAndNoShift() {
		List<SeriesPoint> points = DemoMeasureShapes.friendshipOutlier(START);
		Analysis analysis = SeriesAnalysis.of(indicator(IndicatorKind.PROPORTION, Direction.HIGHER_IS_BETTER), points);
		PartSummary part = single(analysis);
		assertThat(part.sigmaSignal()).isEqualTo(1);
		assertThat(part.runsSignal()).isFalse();
		Point outlier = analysis.points().get(DemoMeasureShapes.OUTLIER_WEEK);
		assertThat(outlier.sigmaSignal()).isTrue();
		assertThat(outlier.y()).isLessThan(outlier.lcl());
	}

	@Test
	void wellbeingIsStable() {
		Analysis analysis = SeriesAnalysis.of(indicator(IndicatorKind.SCALE_MEAN, Direction.HIGHER_IS_BETTER),
				DemoMeasureShapes.wellbeingStable(START));
		PartSummary part = single(analysis);
		assertThat(part.runsSignal()).isFalse();
		assertThat(part.sigmaSignal()).isZero();
		assertThat(part.nObs()).isEqualTo(14);
	}

	@Test
	void theSmallGroupHasFewerThanFiveChildrenInEveryWeek() {
		assertThat(DemoMeasureShapes.smallGroupAbsence(START)).hasSize(12)
			.allSatisfy(point -> assertThat(point.children()).isLessThan(5));
	}

	@Test
	void weeklySeriesStartOnMondaysBeforeTheTrialStarts() {
		assertThat(DemoMeasureShapes.absenceShift(START)).allSatisfy(
				point -> assertThat(point.periodStart().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY));
		assertThat(DemoMeasureShapes.absenceShift(START).get(10).periodStart()).isEqualTo(LocalDate.of(2026, 1, 5));
	}

	private static PartSummary single(Analysis analysis) {
		assertThat(analysis.summary()).hasSize(1);
		return analysis.summary().get(0);
	}

	private static Indicator indicator(IndicatorKind kind, Direction direction) {
		return new Indicator(null, 336, "Demo", "", kind, direction, "", null, null);
	}
}
