package dk.traedesten.measures.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dk.traedesten.measures.Direction;
import dk.traedesten.measures.Indicator;
import dk.traedesten.measures.IndicatorKind;
import dk.traedesten.measures.Period;
import dk.traedesten.measures.Series;
import dk.traedesten.measures.SeriesAnalysis;
import dk.traedesten.measures.SeriesPoint;

/** Which signals a series has and how they are named, without Spring. */
class SignalFinderTests {

	private static final Indicator COUNT = new Indicator(UUID.randomUUID(), 336, "Konflikter", "", IndicatorKind.COUNT,
			Direction.LOWER_IS_BETTER, "", null, null);

	private static final double[] BASELINE = { 9, 11, 10, 12, 8, 10, 11, 9, 10, 12, 9, 11 };

	@Test
	void aStableSeriesHasNoSignals() {
		assertThat(find(points(BASELINE, 10, 9, 11))).isEmpty();
	}

	@Test
	void aPointOverTheFrozenLimitIsASigmaSignalByItsPeriod() {
		// The limits are 10 ± 3·√10 = 0.51 … 19.49: 30 is over, 19 is not.
		assertThat(find(points(BASELINE, 19, 30, 10))).containsExactly(sigma(13));
	}

	@Test
	void aLongRunIsARunsSignalByTheFirstPointOfItsPart() {
		assertThat(find(points(BASELINE, 6, 6, 6, 6, 6, 6, 6, 6, 6))).containsExactly(runs(0));
	}

	@Test
	void eachPhaseIsItsOwnPartAndARunIsNamedByWhereItsPartBegins() {
		List<SeriesPoint> points = new ArrayList<>();
		double[] values = { 9, 11, 10, 12, 8, 10, 11, 9, 10, 12, 9, 11, 20, 21, 19, 22, 20, 21, 19, 20, 22, 21, 20 };
		for (int i = 0; i < values.length; i++) {
			points.add(new SeriesPoint(week(i), values[i], null, null, false, i == 12));
		}
		// The second part's centre line is its own (about 20.5), so neither part has a run too long or a point out.
		assertThat(find(points)).isEmpty();
		// A 60 lifts the second part's centre line (a c chart's is the mean) to 22.08, over every other point of
		// the part: a run of 11 below it, named by the part's first week, and the 60 itself over the limit of 36.2.
		points.add(new SeriesPoint(week(values.length), 60.0, null, null, false, false));
		assertThat(find(points)).containsExactly(runs(12), sigma(values.length));
	}

	@Test
	void theMessageSaysWhatIsNewWithDatesThatReadTheSameInBothLanguages() {
		Series series = new Series(UUID.randomUUID(), 336, COUNT, UUID.randomUUID(), null, "4.A", Period.WEEK, 24, null);
		assertThat(SignalMessage.of(series, List.of(sigma(12), sigma(14))))
			.isEqualTo(new SignalMessage("measure-signals.sigma", List.of("Konflikter", "4.A", "2", week(14).toString())));
		assertThat(SignalMessage.of(series, List.of(runs(0))))
			.isEqualTo(new SignalMessage("measure-signals.runs", List.of("Konflikter", "4.A", "2029-10-01")));
		assertThat(SignalMessage.of(series, List.of(runs(0), sigma(12)))).isEqualTo(new SignalMessage(
				"measure-signals.both", List.of("Konflikter", "4.A", "1", week(12).toString(), "2029-10-01")));
	}

	private static List<SeriesSignal> find(List<SeriesPoint> points) {
		return SignalFinder.of(SeriesAnalysis.of(COUNT, points));
	}

	private static SeriesSignal sigma(int week) {
		return new SeriesSignal(SeriesSignal.Kind.SIGMA, week(week));
	}

	private static SeriesSignal runs(int week) {
		return new SeriesSignal(SeriesSignal.Kind.RUNS, week(week));
	}

	private static LocalDate week(int index) {
		return LocalDate.of(2029, 10, 1).plusWeeks(index);
	}

	private static List<SeriesPoint> points(double[] baseline, double... after) {
		List<SeriesPoint> points = new ArrayList<>();
		for (double value : baseline) {
			points.add(new SeriesPoint(week(points.size()), value, null, null, true, false));
		}
		for (double value : after) {
			points.add(new SeriesPoint(week(points.size()), value, null, null, false, false));
		}
		return points;
	}
}
