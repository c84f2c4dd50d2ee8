package dk.traedesten.spc;

/**
 * One row of the qicharts2 summary: the runs analysis of a part (runs fields are {@code null} when no point
 * is useful), the mean limits and centre line, and the number of points with a sigma signal.
 */
public record PartSummary(int part, int nObs, int nUseful, Integer longestRun, Integer longestRunMax,
		Integer nCrossings, Integer nCrossingsMin, boolean runsSignal, Double aLcl, Double cl, Double aUcl,
		int sigmaSignal) {
}
