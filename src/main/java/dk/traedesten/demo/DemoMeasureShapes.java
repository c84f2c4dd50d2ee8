package dk.traedesten.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dk.traedesten.measures.SeriesPoint;

/**
 * The demo series' numbers, each made to show one thing the analysis looks for: a shift after the trial starts
 * that only a long run reveals, a single week outside the limits, a stable process, and a group too small to
 * show. Fixed seeds keep them the same on every machine; {@code DemoMeasureShapesTests} checks that the engine
 * finds in each exactly what it is meant to show, so a change to a seed cannot quietly spoil the story.
 */
final class DemoMeasureShapes {

	private DemoMeasureShapes() {
	}

	/** Absence in per cent of child-days: about 8.5 % for ten baseline weeks, then about 5.8 %. */
	static List<SeriesPoint> absenceShift(LocalDate trialStart) {
		Random random = new Random(20250901L);
		List<SeriesPoint> points = new ArrayList<>();
		LocalDate first = monday(trialStart).minusWeeks(10);
		for (int week = 0; week < 36; week++) {
			boolean baseline = week < 10;
			double childDays = week % 7 == 3 ? 184 : 230;
			double rate = baseline ? 0.085 : 0.058;
			double absent = Math.max(0, Math.round(childDays * rate + 0.6 * random.nextGaussian()
					* Math.sqrt(childDays * rate * (1 - rate))));
			points.add(new SeriesPoint(first.plusWeeks(week), absent, childDays, null, baseline, false));
		}
		return points;
	}

	/** Children who say they have a good friend in the group: about 80 % of 41–44 answers, one week far lower. */
	static List<SeriesPoint> friendshipOutlier(LocalDate trialStart) {
		Random random = new Random(20251006L);
		List<SeriesPoint> points = new ArrayList<>();
		LocalDate first = monday(trialStart).minusWeeks(8);
		for (int week = 0; week < 24; week++) {
			double answers = 41 + random.nextInt(4);
			double yes = week == OUTLIER_WEEK ? 21
					: Math.min(answers, Math.round(answers * 0.8 + 0.5 * random.nextGaussian() * Math.sqrt(answers * 0.16)));
			points.add(new SeriesPoint(first.plusWeeks(week), yes, answers, null, week < 8, false));
		}
		return points;
	}

	/** The week of the camp school, when the friendship groups were split. */
	static final int OUTLIER_WEEK = 14;

	/** Social well-being, the survey's 1–5 scale asked monthly: a stable 3.9 with common-cause variation. */
	static List<SeriesPoint> wellbeingStable(LocalDate trialStart) {
		double[] means = { 3.88, 3.93, 3.86, 3.91, 3.95, 3.89, 3.92, 3.87, 3.94, 3.90, 3.85, 3.93, 3.91, 3.88 };
		List<SeriesPoint> points = new ArrayList<>();
		LocalDate first = trialStart.withDayOfMonth(1).minusMonths(6);
		for (int month = 0; month < means.length; month++) {
			points.add(new SeriesPoint(first.plusMonths(month), means[month], null, null, month < 6, false));
		}
		return points;
	}

	/** Absence in a group of four children: real numbers for the team, "<5" for everyone else. */
	static List<SeriesPoint> smallGroupAbsence(LocalDate trialStart) {
		Random random = new Random(20260105L);
		List<SeriesPoint> points = new ArrayList<>();
		LocalDate first = monday(trialStart).minusWeeks(4);
		for (int week = 0; week < 12; week++) {
			points.add(new SeriesPoint(first.plusWeeks(week), (double) random.nextInt(4), 20.0, 4, week < 4, false));
		}
		return points;
	}

	private static LocalDate monday(LocalDate date) {
		return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}
}
