package dk.traedesten.measures.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.traedesten.measures.Series;
import dk.traedesten.measures.SeriesPoint;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The view a page shows: every number for the team, and nothing derived from a small group for others. */
class ChartBuilderTests {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private final ChartBuilder builder = new ChartBuilder(ChartFixture.messages(), DANISH);

	@Test
	void anOpenSeriesShowsItsLinesSignalsAndBadgesInDanish() throws Exception {
		List<SeriesPoint> points = ChartFixture.absenceShift();
		ChartView view = builder.build(ChartFixture.series(ChartFixture.absence(), 23, 6.0), points,
				ChartFixture.notes(points, 10), false);
		assertThat(view.text()).startsWith("p-kort over Fravær for 4.A, 24 uger fra 1. sep. 2025 til 9. feb. 2026;")
			.contains("centerlinje 9,7 %").contains("1 punkt uden for kontrolgrænserne (uge 41 2025)")
			.contains("seriesignal: ja (længste serie 18, grænse 8");
		assertThat(view.variation()).isEqualTo(VariationBadge.SPECIAL_CAUSE_NEITHER);
		assertThat(view.assurance()).isEqualTo(AssuranceBadge.HIT_AND_MISS);
		assertThat(view.rows()).hasSize(24);
		assertThat(view.rows().get(5).value()).isEqualTo("20,0 %");
		assertThat(view.rows().get(5).signal()).contains("Over øvre kontrolgrænse");
		assertThat(view.rows().get(0).cl()).isEqualTo("9,7 %");
		assertThat(view.centreShown()).isTrue();
		assertThat(view.limitsShown()).isTrue();
		Document svg = ChartSvgTests.parse(view.svg());
		assertThat(ChartSvgTests.withClass(svg, "chart-cl")).isNotEmpty();
		assertThat(ChartSvgTests.withClass(svg, "chart-sigma-signal")).hasSize(1);
		assertThat(ChartSvgTests.withClass(svg, "chart-note")).hasSize(1);
		assertThat(ChartSvgTests.withClass(svg, "chart-target")).hasSize(1);
	}

	@Test
	void aSmallGroupOutsideTheTeamShowsNothingThatGivesAValueAway() throws Exception {
		List<SeriesPoint> points = new ArrayList<>(ChartFixture.absenceShift());
		// Week 3 had four children; the rest of the series had 23.
		SeriesPoint week = points.get(3);
		points.set(3, new SeriesPoint(week.periodStart(), 3.0, 18.0, 4, week.baseline(), false));
		Series series = ChartFixture.series(ChartFixture.absence(), 23, 6.0);
		ChartView view = builder.build(series, points, ChartFixture.notes(points, 10), true);
		assertThat(view.suppressed()).isTrue();
		assertThat(view.variation()).isNull();
		assertThat(view.assurance()).isNull();
		assertThat(view.effect()).isNull();
		assertThat(view.centreShown()).isFalse();
		assertThat(view.limitsShown()).isFalse();
		assertThat(view.rows().get(3).value()).isEqualTo("<5");
		assertThat(view.rows()).allMatch(row -> row.cl().isEmpty() && row.lcl().isEmpty() && row.ucl().isEmpty()
				&& row.signal().isEmpty());
		assertThat(view.rows().get(4).value()).isEqualTo("9,6 %");
		assertThat(view.text()).doesNotContain("centerlinje 9").doesNotContain("16,7").contains("vises som <5");
		Document svg = ChartSvgTests.parse(view.svg());
		for (String derived : List.of("chart-cl", "chart-lcl", "chart-ucl", "chart-sigma-signal", "chart-target",
				"chart-cl-label", "chart-ucl-label", "chart-lcl-label")) {
			assertThat(ChartSvgTests.withClass(svg, derived)).as(derived).isEmpty();
		}
		assertThat(ChartSvgTests.withClass(svg, "chart-suppressed")).hasSize(1);
		assertThat(ChartSvgTests.withClass(svg, "chart-point")).hasSize(23);
		assertThat(view.svg()).doesNotContain("16,7").doesNotContain("16.7");
	}

	@Test
	void englishReadersGetEnglishWordsAndNumbers() {
		List<SeriesPoint> points = ChartFixture.absenceShift();
		ChartView view = new ChartBuilder(ChartFixture.messages(), Locale.ENGLISH)
			.build(ChartFixture.series(ChartFixture.absence(), 23, null), points, List.of(), false);
		assertThat(view.text()).startsWith("p chart of Fravær for 4.A, 24 weeks from 1 Sep 2025")
			.contains("centre line 9.7%");
		assertThat(view.assurance()).isEqualTo(AssuranceBadge.NO_TARGET);
	}

	@Test
	void aSeriesWithoutPointsSaysSo() {
		ChartView view = builder.build(ChartFixture.series(ChartFixture.wellbeing(), 23, null), List.of(), List.of(),
				false);
		assertThat(view.text()).isEqualTo("I-kort over Social trivsel for 4.A: ingen målinger endnu.");
		assertThat(view.rows()).isEmpty();
		assertThat(view.variation()).isNull();
	}
}
