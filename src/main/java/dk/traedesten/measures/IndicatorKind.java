package dk.traedesten.measures;

import dk.traedesten.spc.ChartType;

/**
 * What an indicator counts, which decides the control chart (DOMAIN.md §4) and how a point is entered: a
 * proportion has a numerator and a denominator, a rate a count and an exposure, a scale mean and a count one
 * value per period.
 */
public enum IndicatorKind {

	/** E.g. absence days / school days: p chart, shown in per cent. */
	PROPORTION(ChartType.P, true, 100),
	/** E.g. the national well-being survey's mean on its 1–5 scale: i chart of the period means. */
	SCALE_MEAN(ChartType.I, false, 1),
	/** E.g. friendships or incidents in the period: c chart. */
	COUNT(ChartType.C, false, 1),
	/** E.g. incidents per 100 school days: u chart, the denominator being the exposure. */
	RATE(ChartType.U, true, 1);

	private final ChartType chart;

	private final boolean needsDenominator;

	private final double multiply;

	IndicatorKind(ChartType chart, boolean needsDenominator, double multiply) {
		this.chart = chart;
		this.needsDenominator = needsDenominator;
		this.multiply = multiply;
	}

	/** The chart the kind implies when the indicator does not override it. */
	public ChartType chart() {
		return chart;
	}

	public boolean needsDenominator() {
		return needsDenominator;
	}

	/** The factor from the computed value to the shown one (a proportion is shown in per cent). */
	public double multiply() {
		return multiply;
	}
}
