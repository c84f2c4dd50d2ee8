package dk.traedesten.spc;

/**
 * One input row: the subgroup {@code x} (a number, an ISO date or a category), the value or numerator
 * {@code y} and the optional denominator {@code n}; missing numbers are {@code null}.
 */
public record Observation(String x, Double y, Double n) {
}
