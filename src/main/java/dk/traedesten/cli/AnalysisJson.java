package dk.traedesten.cli;

import java.io.OutputStream;
import java.util.Locale;
import java.util.regex.Pattern;

import dk.traedesten.spc.Analysis;
import dk.traedesten.spc.ChartType;
import dk.traedesten.spc.PartSummary;
import dk.traedesten.spc.Point;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an analysis with the field names of qicharts2's {@code summary(qic(...))} and its {@code $data}, so a
 * reader who knows the R package reads ours without a key: NA is {@code null}, numbers at full double precision,
 * x a number when the input's x was one (as in R) and else its text.
 */
final class AnalysisJson {

	private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AnalysisJson() {
	}

	static void write(ChartType chart, Analysis analysis, OutputStream out) {
		try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
			json.writeStartObject();
			json.writeStringProperty("chart", chart.name().toLowerCase(Locale.ROOT));
			json.writeArrayPropertyStart("summary");
			for (PartSummary part : analysis.summary()) {
				summary(json, part);
			}
			json.writeEndArray();
			json.writeArrayPropertyStart("points");
			for (Point point : analysis.points()) {
				point(json, point);
			}
			json.writeEndArray();
			json.writeEndObject();
			json.writeRaw('\n');
		}
	}

	private static void summary(JsonGenerator json, PartSummary part) {
		json.writeStartObject();
		json.writeNumberProperty("part", part.part());
		json.writeNumberProperty("n.obs", part.nObs());
		json.writeNumberProperty("n.useful", part.nUseful());
		integer(json, "longest.run", part.longestRun());
		integer(json, "longest.run.max", part.longestRunMax());
		integer(json, "n.crossings", part.nCrossings());
		integer(json, "n.crossings.min", part.nCrossingsMin());
		json.writeNumberProperty("runs.signal", part.runsSignal() ? 1 : 0);
		number(json, "aLCL", part.aLcl());
		number(json, "CL", part.cl());
		number(json, "aUCL", part.aUcl());
		json.writeNumberProperty("sigma.signal", part.sigmaSignal());
		json.writeEndObject();
	}

	private static void point(JsonGenerator json, Point point) {
		json.writeStartObject();
		json.writeName("x");
		if (JSON_NUMBER.matcher(point.x()).matches()) {
			json.writeNumber(point.x());
		}
		else {
			json.writeString(point.x());
		}
		number(json, "y", point.y());
		number(json, "n", point.n());
		number(json, "y.sum", point.ySum());
		json.writeNumberProperty("y.length", point.yLength());
		number(json, "cl", point.cl());
		number(json, "lcl", point.lcl());
		number(json, "ucl", point.ucl());
		number(json, "lcl.95", point.lcl95());
		number(json, "ucl.95", point.ucl95());
		json.writeNumberProperty("part", point.part());
		json.writeBooleanProperty("baseline", point.baseline());
		json.writeBooleanProperty("include", point.include());
		json.writeBooleanProperty("sigma.signal", point.sigmaSignal());
		json.writeBooleanProperty("runs.signal", point.runsSignal());
		json.writeEndObject();
	}

	private static void integer(JsonGenerator json, String name, Integer value) {
		if (value == null) {
			json.writeNullProperty(name);
		}
		else {
			json.writeNumberProperty(name, value);
		}
	}

	/** Full precision: Java's shortest decimal that reads back as the same double; NaN and infinities as null. */
	private static void number(JsonGenerator json, String name, Double value) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			json.writeNullProperty(name);
		}
		else {
			json.writeNumberProperty(name, value);
		}
	}
}
