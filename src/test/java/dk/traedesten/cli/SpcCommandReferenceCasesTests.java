package dk.traedesten.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The command on every qicharts2 reference case's own CSV file, with the case's arguments, prints every summary
 * and data field of the case to 1e-9 relative (issue 5, item 3).
 */
class SpcCommandReferenceCasesTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final List<String> SUMMARY_FIELDS = List.of("part", "n.obs", "n.useful", "longest.run", "longest.run.max",
			"n.crossings", "n.crossings.min", "runs.signal", "aLCL", "CL", "aUCL", "sigma.signal");

	static final List<String> POINT_FIELDS = List.of("x", "y", "n", "cl", "lcl", "ucl", "lcl.95", "ucl.95", "part",
			"baseline", "include", "sigma.signal");

	static Path cases() throws URISyntaxException {
		return Path.of(SpcCommandReferenceCasesTests.class.getResource("/qi-cases").toURI());
	}

	static Stream<String> names() throws IOException, URISyntaxException {
		try (Stream<Path> files = Files.list(cases())) {
			return files.map(p -> p.getFileName().toString())
				.filter(f -> f.endsWith(".json"))
				.map(f -> f.substring(0, f.length() - 5))
				.sorted()
				.toList()
				.stream();
		}
	}

	/** The command line a user would type for the case. */
	static List<String> arguments(JsonNode expected, String input) {
		List<String> arguments = new ArrayList<>(List.of("--chart", expected.get("chart").asString(), "--input", input));
		JsonNode args = expected.get("args");
		for (Map.Entry<String, JsonNode> arg : args.properties()) {
			JsonNode value = arg.getValue();
			List<String> values = new ArrayList<>();
			if (value.isArray()) {
				value.forEach(v -> values.add(v.asString()));
			}
			else {
				values.add(value.asString());
			}
			arguments.add("--" + arg.getKey());
			arguments.add(String.join(",", values));
		}
		return arguments;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("names")
	void printsTheCaseExactly(String name) throws Exception {
		JsonNode expected = JSON.readTree(cases().resolve(name + ".json").toFile());
		String input = cases().resolve(expected.get("input").asString()).toString();

		CliRun run = CliRun.of(arguments(expected, input));

		assertThat(run.err()).isEmpty();
		assertThat(run.exit()).isZero();
		JsonNode actual = JSON.readTree(run.out());
		assertThat(actual.get("chart").asString()).isEqualTo(expected.get("chart").asString());
		same("summary", expected.get("summary"), actual.get("summary"), SUMMARY_FIELDS);
		same("points", expected.get("points"), actual.get("points"), POINT_FIELDS);
	}

	static void same(String what, JsonNode expected, JsonNode actual, List<String> required) {
		assertThat(actual.size()).as(what + " rows").isEqualTo(expected.size());
		for (int i = 0; i < expected.size(); i++) {
			JsonNode e = expected.get(i);
			JsonNode a = actual.get(i);
			for (String field : required) {
				assertThat(a.has(field)).as(what + " row " + (i + 1) + " has " + field).isTrue();
			}
			for (Iterator<String> names = e.propertyNames().iterator(); names.hasNext();) {
				String field = names.next();
				value(what + " row " + (i + 1) + " " + field, e.get(field), a.get(field));
			}
		}
	}

	static void value(String what, JsonNode expected, JsonNode actual) {
		assertThat(actual).as(what + " present").isNotNull();
		if (expected.isNull()) {
			assertThat(actual.isNull()).as(what + " is null, was " + actual).isTrue();
		}
		else if (expected.isNumber()) {
			assertThat(actual.isNumber()).as(what + " is a number, was " + actual).isTrue();
			double e = expected.asDouble();
			double a = actual.asDouble();
			if (Math.abs(e - a) > 1e-9 * Math.max(Math.abs(e), Math.abs(a))) {
				fail(what + ": expected " + e + " but was " + a);
			}
		}
		else {
			assertThat(actual).as(what).isEqualTo(expected);
		}
	}
}
