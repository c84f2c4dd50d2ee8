package dk.traedesten.measures.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dk.traedesten.measures.Direction;
import dk.traedesten.measures.Indicator;
import dk.traedesten.measures.IndicatorKind;
import dk.traedesten.measures.Period;
import dk.traedesten.measures.Series;
import dk.traedesten.measures.SeriesNote;
import dk.traedesten.measures.SeriesPoint;

import org.springframework.context.support.ResourceBundleMessageSource;

/** Series and points made in the tests, and the chart bundle as the application reads it. */
final class ChartFixture {

	static final LocalDate FIRST_MONDAY = LocalDate.of(2025, 9, 1);

	private ChartFixture() {
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/measure-charts");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static Indicator absence() {
		return new Indicator(UUID.randomUUID(), 336, "Fravær", "", IndicatorKind.PROPORTION, Direction.LOWER_IS_BETTER,
				"%", null, null);
	}

	static Indicator wellbeing() {
		return new Indicator(UUID.randomUUID(), 336, "Social trivsel", "", IndicatorKind.SCALE_MEAN,
				Direction.HIGHER_IS_BETTER, "skala 1–5", null, null);
	}

	static Series series(Indicator indicator, int children, Double target) {
		return new Series(UUID.fromString("00000000-0000-0000-0000-000000000042"), 336, indicator, UUID.randomUUID(),
				null, "4.A", Period.WEEK, children, target);
	}

	/**
	 * 24 weeks of absence out of 230 child-days: 10 baseline weeks at 8.5 %, then 14 at 5.7 % (a long run below
	 * the frozen centre line), with one week (index 5) at 20 % far above the limits.
	 */
	static List<SeriesPoint> absenceShift() {
		double[] absent = { 19, 21, 18, 20, 22, 46, 19, 21, 20, 18, 13, 14, 12, 13, 15, 12, 14, 13, 12, 14, 13, 15, 12,
				13 };
		List<SeriesPoint> points = new ArrayList<>();
		for (int week = 0; week < absent.length; week++) {
			points.add(new SeriesPoint(FIRST_MONDAY.plusWeeks(week), absent[week], 230.0, null, week < 10, false));
		}
		return points;
	}

	static List<SeriesNote> notes(List<SeriesPoint> points, int... indices) {
		List<SeriesNote> notes = new ArrayList<>();
		for (int i = 0; i < indices.length; i++) {
			notes.add(new SeriesNote(UUID.randomUUID(), points.get(indices[i]).periodStart(), "PDSA-cyklus " + (i + 1)
					+ " starter", null));
		}
		return notes;
	}
}
