package dk.traedesten.measures.chart;

/** A note shown at a point: the point's index in {@link ChartInput#points()} and the text. */
public record ChartNote(int pointIndex, String text) {
}
