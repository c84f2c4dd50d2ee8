package dk.traedesten.measures.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.traedesten.measures.Series;
import dk.traedesten.measures.SeriesPoint;
import dk.traedesten.spc.Analysis;
import dk.traedesten.spc.PartSummary;

import org.springframework.context.MessageSource;

/**
 * The text alternative of a chart: what it is, over which periods, the centre line of each part, the latest
 * part's limits, the points outside them and the runs analysis; for a suppressed series only what it is and
 * why nothing more is said.
 */
final class ChartText {

	private final MessageSource messages;

	private final Locale locale;

	private final PeriodLabels labels;

	private final ChartNumbers numbers;

	ChartText(MessageSource messages, Locale locale, PeriodLabels labels, ChartNumbers numbers) {
		this.messages = messages;
		this.locale = locale;
		this.labels = labels;
		this.numbers = numbers;
	}

	String describe(Series series, List<SeriesPoint> points, Analysis analysis, boolean suppressed) {
		String chart = message("measure-charts.chart." + series.indicator().chart().name());
		if (points.isEmpty()) {
			return message("measure-charts.text.empty", chart, series.indicator().name(), series.groupLabel());
		}
		List<String> parts = new ArrayList<>();
		parts.add(message("measure-charts.text.intro", chart, series.indicator().name(), series.groupLabel(),
				message("measure-charts.count." + series.period().name(), points.size()),
				labels.date(points.get(0).periodStart()), labels.date(points.get(points.size() - 1).periodStart())));
		if (suppressed) {
			parts.add(message("measure-charts.text.suppressed"));
			return String.join("; ", parts) + ".";
		}
		List<PartSummary> summary = analysis.summary();
		PartSummary latest = summary.get(summary.size() - 1);
		parts.add(centreLines(summary));
		if (latest.aLcl() != null && latest.aUcl() != null) {
			parts.add(message(summary.size() > 1 ? "measure-charts.text.limits.latest" : "measure-charts.text.limits",
					numbers.value(latest.aLcl()), numbers.value(latest.aUcl())));
			List<String> outside = new ArrayList<>();
			for (int i = 0; i < points.size(); i++) {
				if (analysis.points().get(i).sigmaSignal()) {
					outside.add(labels.full(series.period(), points.get(i).periodStart()));
				}
			}
			String count = message("measure-charts.text.outside", outside.size());
			parts.add(outside.isEmpty() ? count : count + " (" + String.join(", ", outside) + ")");
		}
		if (latest.longestRun() != null) {
			parts.add(message(summary.size() > 1 ? "measure-charts.text.runs.latest" : "measure-charts.text.runs",
					message(latest.runsSignal() ? "measure-charts.yes" : "measure-charts.no"), latest.longestRun(),
					latest.longestRunMax(), latest.nCrossings(), latest.nCrossingsMin()));
		}
		return String.join("; ", parts) + ".";
	}

	private String centreLines(List<PartSummary> summary) {
		if (summary.size() == 1) {
			return message("measure-charts.text.cl", numbers.value(summary.get(0).cl()));
		}
		List<String> lines = new ArrayList<>();
		for (PartSummary part : summary) {
			lines.add(message("measure-charts.text.cl.part", numbers.value(part.cl()), part.part()));
		}
		return message("measure-charts.text.cl", String.join(", ", lines));
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
