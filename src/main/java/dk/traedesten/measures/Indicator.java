package dk.traedesten.measures;

import java.util.UUID;

import dk.traedesten.spc.ChartType;

/** What is measured: its name, kind, preferred direction, unit and chart (the kind's unless overridden). */
public record Indicator(UUID id, int municipalityCode, String name, String description, IndicatorKind kind,
		Direction direction, String unit, ChartType chartOverride, IndicatorTemplate template) {

	/** The chart the series of this indicator are drawn as. */
	public ChartType chart() {
		return chartOverride != null ? chartOverride : kind.chart();
	}
}
