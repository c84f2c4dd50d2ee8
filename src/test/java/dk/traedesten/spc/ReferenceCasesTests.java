package dk.traedesten.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every qicharts2 reference case in src/test/resources/qi-cases, compared field by field to 1e-9 relative. */
class ReferenceCasesTests {

	/** Chart types whose cases are reported as skipped until the engine computes them. */
	static final Set<String> NOT_YET_IMPLEMENTED = Set.of();

	static final JsonMapper JSON = JsonMapper.builder().build();

	static Stream<String> cases() throws IOException, URISyntaxException {
		Path dir = Path.of(ReferenceCasesTests.class.getResource("/qi-cases").toURI());
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString())
				.filter(f -> f.endsWith(".json"))
				.map(f -> f.substring(0, f.length() - 5))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void matchesQicharts2(String name) {
		JsonNode expected = JSON.readTree(resource(name + ".json"));
		String chart = expected.get("chart").asString();
		Assumptions.assumeFalse(NOT_YET_IMPLEMENTED.contains(chart), chart + " charts are not yet implemented");
		Analysis analysis = Spc.analyse(ChartType.of(chart), observations(resource(expected.get("input").asString())),
				options(expected.get("args")));

		JsonNode summary = expected.get("summary");
		assertThat(analysis.summary()).as("summary rows").hasSize(summary.size());
		for (int i = 0; i < summary.size(); i++) {
			JsonNode e = summary.get(i);
			PartSummary a = analysis.summary().get(i);
			String at = "summary row " + (i + 1) + " ";
			number(at + "part", e.get("part"), (double) a.part());
			number(at + "n.obs", e.get("n.obs"), (double) a.nObs());
			number(at + "n.useful", e.get("n.useful"), (double) a.nUseful());
			number(at + "longest.run", e.get("longest.run"), toDouble(a.longestRun()));
			number(at + "longest.run.max", e.get("longest.run.max"), toDouble(a.longestRunMax()));
			number(at + "n.crossings", e.get("n.crossings"), toDouble(a.nCrossings()));
			number(at + "n.crossings.min", e.get("n.crossings.min"), toDouble(a.nCrossingsMin()));
			number(at + "runs.signal", e.get("runs.signal"), a.runsSignal() ? 1.0 : 0.0);
			number(at + "aLCL", e.get("aLCL"), a.aLcl());
			number(at + "CL", e.get("CL"), a.cl());
			number(at + "aUCL", e.get("aUCL"), a.aUcl());
			number(at + "sigma.signal", e.get("sigma.signal"), (double) a.sigmaSignal());
		}

		JsonNode points = expected.get("points");
		assertThat(analysis.points()).as("points").hasSize(points.size());
		for (int i = 0; i < points.size(); i++) {
			JsonNode e = points.get(i);
			Point a = analysis.points().get(i);
			String at = "point " + (i + 1) + " ";
			if (e.get("x").isNumber()) {
				number(at + "x", e.get("x"), Double.parseDouble(a.x()));
			}
			else {
				assertThat(a.x()).as(at + "x").isEqualTo(e.get("x").asString());
			}
			number(at + "y", e.get("y"), a.y());
			number(at + "n", e.get("n"), a.n());
			number(at + "y.sum", e.get("y.sum"), a.ySum());
			number(at + "y.length", e.get("y.length"), (double) a.yLength());
			number(at + "part", e.get("part"), (double) a.part());
			bool(at + "baseline", e.get("baseline"), a.baseline());
			bool(at + "include", e.get("include"), a.include());
			number(at + "cl", e.get("cl"), a.cl());
			number(at + "lcl", e.get("lcl"), a.lcl());
			number(at + "ucl", e.get("ucl"), a.ucl());
			number(at + "lcl.95", e.get("lcl.95"), a.lcl95());
			number(at + "ucl.95", e.get("ucl.95"), a.ucl95());
			bool(at + "sigma.signal", e.get("sigma.signal"), a.sigmaSignal());
			bool(at + "runs.signal", e.get("runs.signal"), a.runsSignal());
		}
	}

	private static Double toDouble(Integer v) {
		return v == null ? null : v.doubleValue();
	}

	private static void number(String what, JsonNode expected, Double actual) {
		if (expected == null) {
			fail(what + ": field missing from the case");
		}
		if (expected.isNull()) {
			assertThat(actual).as(what).isNull();
			return;
		}
		double e = expected.asDouble();
		assertThat(actual).as(what).isNotNull();
		double tolerance = 1e-9 * Math.max(Math.abs(e), Math.abs(actual));
		if (Math.abs(e - actual) > tolerance) {
			fail(what + ": expected " + e + " but was " + actual);
		}
	}

	private static void bool(String what, JsonNode expected, boolean actual) {
		assertThat(expected).as(what + " present in the case").isNotNull();
		assertThat(actual).as(what).isEqualTo(expected.asBoolean());
	}

	private static Options options(JsonNode args) {
		Integer freeze = args.has("freeze") ? args.get("freeze").asInt() : null;
		Double cl = args.has("cl") ? args.get("cl").asDouble() : null;
		double multiply = args.has("multiply") ? args.get("multiply").asDouble() : 1;
		Aggregate aggregate = args.has("agg-fun")
				? Aggregate.valueOf(args.get("agg-fun").asString().toUpperCase(java.util.Locale.ROOT)) : Aggregate.MEAN;
		return new Options(freeze, ints(args.get("part")), ints(args.get("exclude")), cl, multiply, aggregate);
	}

	private static List<Integer> ints(JsonNode node) {
		List<Integer> values = new ArrayList<>();
		if (node != null) {
			if (node.isArray()) {
				node.forEach(v -> values.add(v.asInt()));
			}
			else {
				values.add(node.asInt());
			}
		}
		return values;
	}

	private static List<Observation> observations(String csv) {
		List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
		List<String> header = List.of(lines.get(0).trim().split(","));
		int xi = header.indexOf("x");
		int yi = header.indexOf("y");
		int ni = header.indexOf("n");
		List<Observation> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", -1);
			rows.add(new Observation(cell(cells, xi), number(cell(cells, yi)), ni < 0 ? null : number(cell(cells, ni))));
		}
		return rows;
	}

	private static String cell(String[] cells, int index) {
		if (index < 0 || index >= cells.length) {
			return null;
		}
		String c = cells[index].trim();
		if (c.startsWith("\"") && c.endsWith("\"") && c.length() >= 2) {
			c = c.substring(1, c.length() - 1);
		}
		return c.isEmpty() || c.equals("NA") ? null : c;
	}

	private static Double number(String cell) {
		return cell == null ? null : Double.valueOf(cell);
	}

	private static String resource(String name) {
		try (InputStream in = ReferenceCasesTests.class.getResourceAsStream("/qi-cases/" + name)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource qi-cases/" + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
