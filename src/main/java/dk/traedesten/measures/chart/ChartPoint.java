package dk.traedesten.measures.chart;

/**
 * One point as the chart draws it: its axis label, its value and lines in the shown unit (null when missing, or
 * withheld by suppression), and the marks. {@code runsSignal} is the part's: its centre line is drawn dashed and
 * red. {@code suppressed} points are drawn as a gap labelled "<5".
 */
public record ChartPoint(String label, Double y, Double cl, Double lcl, Double ucl, int part, boolean baseline,
		boolean include, boolean sigmaSignal, boolean runsSignal, boolean suppressed) {
}
