package dk.traedesten.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as an analyst runs it ({@code java -jar target/traedesten.jar spc …}): it answers with the same
 * JSON as the command in this JVM and never starts Spring. Runs after {@code package}, in the failsafe phase.
 */
class SpcCommandJarTests {

	static final Path JAR = Path.of("target", "traedesten.jar");

	@Test
	void theJarPrintsTheAnalysisWithoutStartingTheApplication() throws Exception {
		Path csv = Path.of("src", "test", "resources", "qi-cases", "c_freeze_shift.csv");
		List<String> arguments = List.of("--chart", "c", "--input", csv.toString(), "--freeze", "12");

		Result jar = java(arguments);

		assertThat(jar.exit()).isZero();
		assertThat(jar.err()).isEmpty();
		assertThat(jar.out()).isEqualTo(CliRun.of(arguments).out()).startsWith("{\"chart\":\"c\"");
		assertThat(jar.out()).doesNotContain("Spring").contains("\"cl\":10.333333333333334");
	}

	@Test
	void theJarExitsNonZeroWithOneLineForBadInput() throws Exception {
		Path csv = Files.createTempFile("traedesten-cli-", ".csv");
		Files.writeString(csv, "x;y;n\n1;3;10\n2;4;0\n", StandardCharsets.UTF_8);

		Result jar = java(List.of("--chart", "p", "--input", csv.toString()));

		assertThat(jar.exit()).isEqualTo(SpcCommand.BAD_INPUT);
		assertThat(jar.out()).isEmpty();
		assertThat(jar.err().lines()).containsExactly("Række 3, kolonne »n«: nævneren skal være større end 0, men er 0.");
	}

	record Result(int exit, String out, String err) {
	}

	private static Result java(List<String> arguments) throws Exception {
		assertThat(JAR).as("the packaged jar (run after mvn package)").exists();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", JAR.toString(), "spc"));
		command.addAll(arguments);
		File out = File.createTempFile("traedesten-cli-", ".out");
		File err = File.createTempFile("traedesten-cli-", ".err");
		Process process = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the command finished").isTrue();
		return new Result(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
				Files.readString(err.toPath(), StandardCharsets.UTF_8));
	}
}
