package dk.traedesten.measures;

import java.util.ArrayList;
import java.util.List;

import dk.traedesten.spc.Aggregate;
import dk.traedesten.spc.Analysis;
import dk.traedesten.spc.ChartType;
import dk.traedesten.spc.Observation;
import dk.traedesten.spc.Options;
import dk.traedesten.spc.Spc;

/**
 * A series as the SPC engine sees it. Points are observations dated by their period's first day. Phases split
 * the chart into parts, each with its own centre line and limits; without phases, the baseline points (the
 * first ones) freeze the centre line and limits for the rest. Plain Java: the pages, the chart and the signal
 * check all call it with the points they have.
 */
public final class SeriesAnalysis {

	private SeriesAnalysis() {
	}

	public static Analysis of(Indicator indicator, List<SeriesPoint> points) {
		ChartType chart = indicator.chart();
		List<Observation> observations = new ArrayList<>();
		List<Integer> parts = new ArrayList<>();
		int baseline = 0;
		boolean baselineEnded = false;
		for (int i = 0; i < points.size(); i++) {
			SeriesPoint point = points.get(i);
			Double n = indicator.kind().needsDenominator() ? point.denominator() : null;
			observations.add(new Observation(point.periodStart().toString(), point.value(), n));
			if (point.phaseStart() && i > 0) {
				parts.add(i);
			}
			if (point.baseline() && !baselineEnded) {
				baseline++;
			}
			else {
				baselineEnded = true;
			}
		}
		Integer freeze = parts.isEmpty() && baseline > 0 && baseline < points.size() ? baseline : null;
		double multiply = indicator.kind().multiply();
		Options options = new Options(freeze, parts, List.of(), null, multiply, Aggregate.MEAN);
		return Spc.analyse(chart, observations, options);
	}
}
