package dk.traedesten.measures.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.traedesten.measures.Indicator;
import dk.traedesten.measures.Series;
import dk.traedesten.measures.SeriesAnalysis;
import dk.traedesten.measures.SeriesNote;
import dk.traedesten.measures.SeriesPoint;
import dk.traedesten.measures.SmallGroups;
import dk.traedesten.measures.effect.EffectEstimate;
import dk.traedesten.measures.effect.EffectEstimates;
import dk.traedesten.spc.Analysis;
import dk.traedesten.spc.Point;

import org.springframework.context.MessageSource;

/**
 * Builds a {@link ChartView} from a series' points and notes, without the database: the analysis, then either
 * every number (the team, or no small group) or, suppressed, the points of groups of five or more alone, with no
 * centre line, limits, signals, badges or effect, since each of those would let a reader work a small value out.
 */
final class ChartBuilder {

	private final MessageSource messages;

	private final Locale locale;

	ChartBuilder(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	ChartView build(Series series, List<SeriesPoint> points, List<SeriesNote> notes, boolean suppressed) {
		Indicator indicator = series.indicator();
		Analysis analysis = points.isEmpty() ? null : SeriesAnalysis.of(indicator, points);
		PeriodLabels labels = new PeriodLabels(messages, locale);
		ChartNumbers numbers = new ChartNumbers(indicator.kind(), messages, locale);
		List<ChartPoint> chartPoints = new ArrayList<>();
		List<ChartRow> rows = new ArrayList<>();
		String small = message("measure-charts.suppressed");
		for (int i = 0; i < points.size(); i++) {
			SeriesPoint point = points.get(i);
			Point analysed = analysis.points().get(i);
			String axis = labels.axis(series.period(), point.periodStart());
			String full = labels.full(series.period(), point.periodStart());
			if (suppressed) {
				boolean hidden = SmallGroups.small(series, point);
				Double y = hidden ? null : analysed.y();
				chartPoints.add(new ChartPoint(axis, y, null, null, null, analysed.part(), analysed.baseline(),
						analysed.include(), false, false, hidden));
				rows.add(new ChartRow(full, hidden ? small : numbers.value(y), "", "", "", ""));
			}
			else {
				chartPoints.add(new ChartPoint(axis, analysed.y(), analysed.cl(), analysed.lcl(), analysed.ucl(),
						analysed.part(), analysed.baseline(), analysed.include(), analysed.sigmaSignal(),
						analysed.runsSignal(), false));
				rows.add(new ChartRow(full, numbers.value(analysed.y()), numbers.value(analysed.cl()),
						numbers.value(analysed.lcl()), numbers.value(analysed.ucl()), signal(analysed)));
			}
		}
		boolean centreShown = !suppressed && chartPoints.stream().anyMatch(p -> p.cl() != null);
		boolean limitsShown = !suppressed && chartPoints.stream().anyMatch(p -> p.ucl() != null || p.lcl() != null);
		String title = message("measure-charts.title", indicator.name(), series.groupLabel());
		String text = new ChartText(messages, locale, labels, numbers).describe(series, points, analysis, suppressed);
		Double target = suppressed ? null : series.target();
		String valueLabel = indicator.unit() == null || indicator.unit().isBlank() ? indicator.name()
				: message("measure-charts.value-label", indicator.name(), indicator.unit());
		ChartInput input = new ChartInput("chart-" + series.id(), title, text, valueLabel, target, chartPoints,
				chartNotes(points, notes));
		String svg = ChartSvg.render(input, messages, locale);
		if (suppressed || analysis == null) {
			return new ChartView(series.id(), title, svg, text, rows, false, false, suppressed, null, null, null);
		}
		VariationBadge variation = VariationBadge.of(analysis, indicator.direction());
		AssuranceBadge assurance = AssuranceBadge.of(analysis, indicator.direction(), series.target());
		String effect = effect(indicator, points, numbers);
		return new ChartView(series.id(), title, svg, text, rows, centreShown, limitsShown, false, variation, assurance, effect);
	}

	private String signal(Point point) {
		List<String> signals = new ArrayList<>();
		if (point.sigmaSignal() && point.y() != null) {
			signals.add(message(point.ucl() != null && point.y() > point.ucl() ? "measure-charts.signal.above"
					: "measure-charts.signal.below"));
		}
		if (point.runsSignal()) {
			signals.add(message("measure-charts.signal.runs"));
		}
		return String.join("; ", signals);
	}

	/** Notes on a period with no point are left out of the chart; the page lists every note anyway. */
	private static List<ChartNote> chartNotes(List<SeriesPoint> points, List<SeriesNote> notes) {
		List<ChartNote> chartNotes = new ArrayList<>();
		for (SeriesNote note : notes) {
			for (int i = 0; i < points.size(); i++) {
				if (points.get(i).periodStart().equals(note.periodStart())) {
					chartNotes.add(new ChartNote(i, note.text()));
					break;
				}
			}
		}
		return chartNotes;
	}

	private String effect(Indicator indicator, List<SeriesPoint> points, ChartNumbers numbers) {
		EffectEstimate estimate = EffectEstimates.of(indicator, points).orElse(null);
		if (estimate == null) {
			return null;
		}
		boolean ratio = estimate.method() == dk.traedesten.measures.effect.EffectMethod.RATE_RATIO;
		String value = ratio ? numbers.ratio(estimate.estimate()) : numbers.signed(estimate.estimate());
		String lower = ratio ? numbers.ratio(estimate.lower()) : numbers.signed(estimate.lower());
		String upper = ratio ? numbers.ratio(estimate.upper()) : numbers.signed(estimate.upper());
		return message("measure-charts.effect." + estimate.method().name(), value, lower, upper,
				numbers.value(estimate.before()), numbers.value(estimate.after()));
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
