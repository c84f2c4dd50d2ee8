package dk.traedesten.demo;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.measures.Direction;
import dk.traedesten.measures.Indicator;
import dk.traedesten.measures.IndicatorKind;
import dk.traedesten.measures.IndicatorTemplate;
import dk.traedesten.measures.Indicators;
import dk.traedesten.measures.MeasureSeries;
import dk.traedesten.measures.Period;
import dk.traedesten.measures.Series;
import dk.traedesten.measures.SeriesPoint;
import dk.traedesten.trials.TrialTeams;

import org.springframework.stereotype.Component;

/**
 * Demo content for measures in Stevns: the ready indicators (the four of the national well-being survey and
 * absence) and a friendship indicator of its own, and series on the demo trials that have started, each showing
 * one of the rules at work (see {@link DemoMeasureShapes}), with notes where the PDSA cycles begin.
 */
@Component
class DemoMeasures {

	static final int STEVNS = 336;

	private static final Map<IndicatorTemplate, String[]> TEMPLATES = new EnumMap<>(Map.of(
			IndicatorTemplate.ACADEMIC_WELLBEING, new String[] { "Faglig trivsel",
					"Gennemsnit af elevernes svar om faglig trivsel i den nationale trivselsmåling (1–5).", "skala 1–5" },
			IndicatorTemplate.SOCIAL_WELLBEING, new String[] { "Social trivsel",
					"Gennemsnit af elevernes svar om social trivsel i den nationale trivselsmåling (1–5).", "skala 1–5" },
			IndicatorTemplate.CALM_AND_ORDER, new String[] { "Ro og orden",
					"Gennemsnit af elevernes svar om ro og orden i den nationale trivselsmåling (1–5).", "skala 1–5" },
			IndicatorTemplate.SUPPORT_AND_INSPIRATION, new String[] { "Støtte og inspiration",
					"Gennemsnit af elevernes svar om støtte og inspiration i den nationale trivselsmåling (1–5).",
					"skala 1–5" },
			IndicatorTemplate.ABSENCE, new String[] { "Fravær",
					"Fraværsdage i procent af barnedage (børn × skoledage) i perioden.", "%" }));

	private final Indicators indicators;

	private final MeasureSeries series;

	private final TrialTeams trials;

	DemoMeasures(Indicators indicators, MeasureSeries series, TrialTeams trials) {
		this.indicators = indicators;
		this.series = series;
		this.trials = trials;
	}

	boolean present() {
		return indicators.all().stream().anyMatch(indicator -> indicator.municipalityCode() == STEVNS);
	}

	void seed(LocalDate today) {
		Map<IndicatorTemplate, Indicator> ready = new EnumMap<>(IndicatorTemplate.class);
		TEMPLATES.forEach((template, text) -> ready.put(template, add(new Indicator(null, STEVNS, text[0], text[1],
				template.kind(), template.direction(), text[2], null, template))));
		Indicator friendship = add(new Indicator(null, STEVNS, "Børn med en god ven",
				"Andel af børnene, der i ugens trivselstjek svarer, at de har mindst én god ven i gruppen.",
				IndicatorKind.PROPORTION, Direction.HIGHER_IS_BETTER, "%", null, null));
		List<TrialTeams.Started> stevns = trials.started().stream().filter(trial -> trial.municipalityCode() == STEVNS).toList();
		List<TrialTeams.Started> past = stevns.stream()
			.filter(trial -> !trial.startsOn().isAfter(today.minusMonths(6)))
			.toList();
		List<TrialTeams.Started> running = stevns.stream()
			.filter(trial -> trial.startsOn().isAfter(today.minusMonths(6)) && !trial.startsOn().isAfter(today.minusWeeks(9)))
			.toList();
		if (past.size() >= 3) {
			absence(ready.get(IndicatorTemplate.ABSENCE), past.get(0));
			wellbeing(ready.get(IndicatorTemplate.SOCIAL_WELLBEING), past.get(1));
			friendship(friendship, past.get(past.size() - 1));
		}
		if (!running.isEmpty()) {
			smallGroup(ready.get(IndicatorTemplate.ABSENCE), running.get(0));
		}
	}

	private void absence(Indicator indicator, TrialTeams.Started trial) {
		Series absence = add(indicator, trial, "Prøvehandlingens børn (4.–6. klasse)", Period.WEEK, 46, 6.0);
		series.replacePoints(absence, DemoMeasureShapes.absenceShift(trial.startsOn()), "Demodata: 36 uger");
		LocalDate start = DemoMeasureShapes.absenceShift(trial.startsOn()).get(10).periodStart();
		series.addNote(absence, start, "Prøvehandlingen starter: fælles morgenmodtagelse og makkerordning", null, null);
		cycleNotes(absence, trial, start);
	}

	private void wellbeing(Indicator indicator, TrialTeams.Started trial) {
		Series wellbeing = add(indicator, trial, "Indskolingen", Period.MONTH, 62, 4.0);
		List<SeriesPoint> points = DemoMeasureShapes.wellbeingStable(trial.startsOn());
		series.replacePoints(wellbeing, points, "Demodata: 14 måneder");
		series.addNote(wellbeing, points.get(6).periodStart(), "Prøvehandlingen starter", null, null);
	}

	private void friendship(Indicator indicator, TrialTeams.Started trial) {
		Series friends = add(indicator, trial, "3.A og 3.B", Period.WEEK, 44, 85.0);
		List<SeriesPoint> points = DemoMeasureShapes.friendshipOutlier(trial.startsOn());
		series.replacePoints(friends, points, "Demodata: 24 uger");
		series.addNote(friends, points.get(8).periodStart(), "Prøvehandlingen starter: legegrupper på tværs af klasserne",
				null, null);
		series.addNote(friends, points.get(DemoMeasureShapes.OUTLIER_WEEK).periodStart(),
				"Lejrskoleuge: klasserne var delt, og flere børn var uden deres faste makker", null, null);
	}

	private void smallGroup(Indicator indicator, TrialTeams.Started trial) {
		Series small = add(indicator, trial, "Særligt tilrettelagt forløb", Period.WEEK, 4, null);
		series.replacePoints(small, DemoMeasureShapes.smallGroupAbsence(trial.startsOn()), "Demodata: 12 uger");
	}

	/** A note where each PDSA cycle begins (the demo cycles start 3, 7, 11 … weeks after the trial). */
	private void cycleNotes(Series target, TrialTeams.Started trial, LocalDate start) {
		for (TrialTeams.Cycle cycle : trials.cycles(trial.id())) {
			LocalDate week = start.plusWeeks(3 + 4L * (cycle.number() - 1));
			series.addNote(target, week, "PDSA-cyklus " + cycle.number() + " starter: " + cycle.objective(), cycle.id(),
					null);
		}
	}

	private Indicator add(Indicator indicator) {
		UUID id = indicators.add(indicator);
		return indicators.find(id).orElseThrow();
	}

	private Series add(Indicator indicator, TrialTeams.Started trial, String group, Period period, int children,
			Double target) {
		UUID id = series.add(new Series(null, STEVNS, indicator, trial.id(), null, group, period, children, target),
				null);
		return series.find(id).orElseThrow();
	}
}
