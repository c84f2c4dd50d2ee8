package dk.traedesten.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dk.traedesten.spc.Aggregate;
import dk.traedesten.spc.Analysis;
import dk.traedesten.spc.ChartType;
import dk.traedesten.spc.Observation;
import dk.traedesten.spc.Options;
import dk.traedesten.spc.Spc;

/**
 * {@code spc --chart p --input data.csv [--freeze 12] [--part 12,24] [--exclude 3,7] [--cl 0.5] [--multiply 100]
 * [--agg-fun mean] [--lang en]}: analyses the file and prints the result as JSON on standard output. Exit code 0
 * on success, 1 for input the chart cannot use, 2 for wrong arguments; the reason is one line on standard error.
 */
public final class SpcCommand {

	static final int OK = 0;

	static final int BAD_INPUT = 1;

	static final int BAD_ARGUMENTS = 2;

	private static final Set<String> OPTIONS = Set.of("--chart", "--input", "--freeze", "--part", "--exclude", "--cl",
			"--multiply", "--agg-fun", "--lang");

	private final InputStream in;

	private final OutputStream out;

	private final PrintStream err;

	SpcCommand(InputStream in, OutputStream out, PrintStream err) {
		this.in = in;
		this.out = out;
		this.err = err;
	}

	/** Called by the application's {@code main} with the arguments after {@code spc}; returns the exit code. */
	public static int run(String[] arguments) {
		// UTF-8 whatever the platform default: the messages are Danish, and a POSIX locale would print æ, ø and » as "?".
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		return new SpcCommand(System.in, System.out, err).execute(arguments);
	}

	int execute(String[] arguments) {
		Map<String, String> given;
		CliMessages messages = new CliMessages(Locale.forLanguageTag("da"));
		try {
			given = arguments(arguments, messages);
			messages = new CliMessages(Locale.forLanguageTag(given.getOrDefault("--lang", "da")));
		}
		catch (CliInputException ex) {
			err.println(ex.getMessage());
			err.println(messages.get("cli.usage"));
			return BAD_ARGUMENTS;
		}
		ChartType chart;
		Options options;
		try {
			chart = chart(given, messages);
			options = options(given, messages);
		}
		catch (CliInputException ex) {
			err.println(ex.getMessage());
			return BAD_ARGUMENTS;
		}
		try {
			List<Observation> observations = new ChartCsv(messages).read(input(given.get("--input"), messages), chart);
			checkPositions(observations, options, messages);
			Analysis analysis = Spc.analyse(chart, observations, options);
			AnalysisJson.write(chart, analysis, out);
			out.flush();
			return OK;
		}
		catch (CliInputException ex) {
			err.println(ex.getMessage());
			return BAD_INPUT;
		}
		catch (IOException ex) {
			err.println(messages.get("cli.error.output", ex.getMessage()));
			return BAD_INPUT;
		}
	}

	private static Map<String, String> arguments(String[] arguments, CliMessages messages) {
		Map<String, String> given = new LinkedHashMap<>();
		for (int i = 0; i < arguments.length; i++) {
			String name = arguments[i];
			String value = null;
			int equals = name.indexOf('=');
			if (name.startsWith("--") && equals > 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (!OPTIONS.contains(name)) {
				throw messages.error("cli.error.unknownOption", name);
			}
			if (value == null) {
				if (i + 1 >= arguments.length) {
					throw messages.error("cli.error.valueMissing", name);
				}
				value = arguments[++i];
			}
			given.put(name, value);
		}
		for (String required : List.of("--chart", "--input")) {
			if (!given.containsKey(required)) {
				throw messages.error("cli.error.optionMissing", required);
			}
		}
		return given;
	}

	private static ChartType chart(Map<String, String> given, CliMessages messages) {
		try {
			return ChartType.of(given.get("--chart"));
		}
		catch (IllegalArgumentException ex) {
			throw messages.error("cli.error.unknownChart", given.get("--chart"),
					"run, i, mr, xbar, s, t, p, pp, u, up, c, g");
		}
	}

	private static Options options(Map<String, String> given, CliMessages messages) {
		Integer freeze = given.containsKey("--freeze") ? positive(given, "--freeze", given.get("--freeze"), messages)
				: null;
		List<Integer> parts = positions(given, "--part", messages);
		List<Integer> exclude = positions(given, "--exclude", messages);
		for (int i = 1; i < parts.size(); i++) {
			if (parts.get(i) <= parts.get(i - 1)) {
				throw messages.error("cli.error.partsNotIncreasing", given.get("--part"));
			}
		}
		Double cl = given.containsKey("--cl") ? decimal("--cl", given.get("--cl"), messages) : null;
		double multiply = given.containsKey("--multiply") ? decimal("--multiply", given.get("--multiply"), messages) : 1;
		if (multiply <= 0) {
			throw messages.error("cli.error.multiplyNotPositive", given.get("--multiply"));
		}
		Aggregate aggregate;
		try {
			aggregate = Aggregate.valueOf(given.getOrDefault("--agg-fun", "mean").toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw messages.error("cli.error.unknownAggregate", given.get("--agg-fun"), "mean, median, sum, sd");
		}
		return new Options(freeze, parts, exclude, cl, multiply, aggregate);
	}

	/** Freeze, parts and exclusions name points that must exist; a part must leave a point on each side. */
	private static void checkPositions(List<Observation> observations, Options options, CliMessages messages) {
		long points = observations.stream().map(Observation::x).filter(x -> x != null).distinct().count();
		long useful = observations.stream().filter(o -> o.x() != null && o.y() != null).map(Observation::x).distinct()
			.count();
		if (useful < 2) {
			throw messages.error("cli.error.tooFewPoints", useful);
		}
		if (options.freeze() != null && options.freeze() > points) {
			throw messages.error("cli.error.positionOutside", "--freeze", options.freeze(), points);
		}
		for (int part : options.parts()) {
			if (part >= points) {
				throw messages.error("cli.error.positionOutside", "--part", part, points - 1);
			}
		}
		for (int excluded : options.exclude()) {
			if (excluded > points) {
				throw messages.error("cli.error.positionOutside", "--exclude", excluded, points);
			}
		}
	}

	private static List<Integer> positions(Map<String, String> given, String option, CliMessages messages) {
		List<Integer> positions = new ArrayList<>();
		if (given.containsKey(option)) {
			for (String value : given.get(option).split(",")) {
				positions.add(positive(given, option, value.trim(), messages));
			}
		}
		return positions;
	}

	private static int positive(Map<String, String> given, String option, String value, CliMessages messages) {
		try {
			int position = Integer.parseInt(value);
			if (position >= 1) {
				return position;
			}
		}
		catch (NumberFormatException ignored) {
			// Reported below with the rest.
		}
		throw messages.error("cli.error.notAPosition", option, value);
	}

	private static double decimal(String option, String value, CliMessages messages) {
		try {
			return Double.parseDouble(value.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw messages.error("cli.error.notADecimal", option, value);
		}
	}

	private byte[] input(String path, CliMessages messages) {
		try {
			return path.equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(path));
		}
		catch (NoSuchFileException ex) {
			throw messages.error("cli.error.noSuchFile", path);
		}
		catch (IOException ex) {
			throw messages.error("cli.error.unreadableFile", path, ex.getMessage());
		}
	}
}
