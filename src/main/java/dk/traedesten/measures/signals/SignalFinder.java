package dk.traedesten.measures.signals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.traedesten.spc.Analysis;
import dk.traedesten.spc.PartSummary;
import dk.traedesten.spc.Point;

/** The signals of an analysed series (points dated by their period's first day, as SeriesAnalysis makes them). */
final class SignalFinder {

	private SignalFinder() {
	}

	static List<SeriesSignal> of(Analysis analysis) {
		List<SeriesSignal> signals = new ArrayList<>();
		for (PartSummary part : analysis.summary()) {
			if (part.runsSignal()) {
				analysis.points()
					.stream()
					.filter(point -> point.part() == part.part())
					.findFirst()
					.ifPresent(first -> signals.add(new SeriesSignal(SeriesSignal.Kind.RUNS, LocalDate.parse(first.x()))));
			}
		}
		for (Point point : analysis.points()) {
			if (point.sigmaSignal()) {
				signals.add(new SeriesSignal(SeriesSignal.Kind.SIGMA, LocalDate.parse(point.x())));
			}
		}
		return signals;
	}
}
