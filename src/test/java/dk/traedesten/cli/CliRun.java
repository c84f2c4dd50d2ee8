package dk.traedesten.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One run of the command in this JVM: its exit code, standard output and standard error. */
record CliRun(int exit, String out, String err) {

	static CliRun of(List<String> arguments) {
		return withInput(new byte[0], arguments);
	}

	static CliRun withInput(byte[] stdin, List<String> arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new SpcCommand(new ByteArrayInputStream(stdin), out,
				new PrintStream(err, true, StandardCharsets.UTF_8)).execute(arguments.toArray(String[]::new));
		return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	List<String> errLines() {
		return err.lines().toList();
	}
}
