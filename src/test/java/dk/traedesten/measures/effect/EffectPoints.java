package dk.traedesten.measures.effect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dk.traedesten.measures.Direction;
import dk.traedesten.measures.Indicator;
import dk.traedesten.measures.IndicatorKind;
import dk.traedesten.measures.SeriesPoint;

/** Series for the effect tests: a baseline side and an after side, one point a month. */
final class EffectPoints {

	private EffectPoints() {
	}

	static Indicator indicator(IndicatorKind kind) {
		return new Indicator(UUID.randomUUID(), 336, "Test", null, kind, Direction.LOWER_IS_BETTER, null, null, null);
	}

	/** Each row is {value} or {value, denominator}; the before rows are marked baseline. */
	static List<SeriesPoint> baselineThen(List<double[]> before, List<double[]> after) {
		List<SeriesPoint> points = new ArrayList<>();
		for (double[] row : before) {
			points.add(point(points.size(), row, true, false));
		}
		for (double[] row : after) {
			points.add(point(points.size(), row, false, false));
		}
		return points;
	}

	static SeriesPoint point(int month, double[] row, boolean baseline, boolean phaseStart) {
		Double denominator = row.length > 1 ? row[1] : null;
		return new SeriesPoint(LocalDate.of(2024, 1, 1).plusMonths(month), row[0], denominator, null, baseline,
				phaseStart);
	}

	static List<double[]> rows(double... values) {
		List<double[]> rows = new ArrayList<>();
		for (double value : values) {
			rows.add(new double[] { value });
		}
		return rows;
	}
}
