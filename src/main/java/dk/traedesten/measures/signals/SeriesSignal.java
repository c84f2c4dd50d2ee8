package dk.traedesten.measures.signals;

import java.time.LocalDate;

/**
 * A signal in a series, by what identifies it across changes to the data: a sigma signal by its point's period,
 * a runs signal by the first period of the part it was found in (the part, not the run, since the run's length
 * changes as points come in).
 */
record SeriesSignal(Kind kind, LocalDate periodStart) {

	enum Kind {
		SIGMA, RUNS
	}
}
