package dk.traedesten.measures.chart;

/**
 * One row of a chart's data table, every cell already written out in the reader's language: the period, the
 * value ("<5" when suppressed, empty when missing), the centre line, the limits and the signal (empty if none).
 */
public record ChartRow(String period, String value, String cl, String lcl, String ucl, String signal) {
}
