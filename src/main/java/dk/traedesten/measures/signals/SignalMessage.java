package dk.traedesten.measures.signals;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import dk.traedesten.measures.Series;

/**
 * What the team is told about a change's new signals, as a bundle key and its arguments (stored with the
 * notification and rendered in the reader's language): the indicator, the group, how many new points lie
 * outside the limits and the latest of them, and where the part with a runs signal begins. Dates are stored
 * ISO (2026-03-02) and written out in the reader's language when shown ({@code MessageArguments}).
 */
record SignalMessage(String key, List<String> arguments) {

	static SignalMessage of(Series series, List<SeriesSignal> fresh) {
		List<LocalDate> sigma = fresh.stream()
			.filter(signal -> signal.kind() == SeriesSignal.Kind.SIGMA)
			.map(SeriesSignal::periodStart)
			.toList();
		LocalDate runs = fresh.stream()
			.filter(signal -> signal.kind() == SeriesSignal.Kind.RUNS)
			.map(SeriesSignal::periodStart)
			.max(Comparator.naturalOrder())
			.orElse(null);
		String indicator = series.indicator().name();
		String group = series.groupLabel();
		if (sigma.isEmpty()) {
			return new SignalMessage("measure-signals.runs", List.of(indicator, group, runs.toString()));
		}
		String count = Integer.toString(sigma.size());
		String latest = sigma.stream().max(Comparator.naturalOrder()).orElseThrow().toString();
		if (runs == null) {
			return new SignalMessage("measure-signals.sigma", List.of(indicator, group, count, latest));
		}
		return new SignalMessage("measure-signals.both", List.of(indicator, group, count, latest, runs.toString()));
	}
}
