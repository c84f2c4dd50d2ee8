package dk.traedesten.spc;

/** One plotted subgroup, with the fields of a qicharts2 data row; missing numbers are {@code null}. */
public record Point(String x, Double y, Double n, Double ySum, int yLength, int part, boolean baseline,
		boolean include, Double cl, Double lcl, Double ucl, Double lcl95, Double ucl95, boolean sigmaSignal,
		boolean runsSignal) {
}
