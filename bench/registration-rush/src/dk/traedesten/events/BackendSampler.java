package dk.traedesten.events;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Samples what the app's database sessions are doing while the clients register ({@code pg_stat_activity} every
 * {@value #EVERY_MS} ms, from a connection of its own): waiting for a lock (the seat row, the round's advisory lock),
 * flushing the WAL at commit, executing, or idle inside a transaction — the server waiting for the app's next
 * statement, that is a round trip plus the app's own work between statements. Sessions idle outside a transaction are
 * left out (pooled connections nobody holds).
 */
final class BackendSampler {

	static final int EVERY_MS = 10;

	private static final String SAMPLE = """
			select case
			         when state = 'idle in transaction' then 'app (idle in transaction: round trip + Java)'
			         when wait_event_type = 'Lock' then 'lock wait (' || wait_event || ')'
			         when wait_event like 'WAL%' or wait_event_type = 'IO' then 'WAL flush / IO (' || wait_event || ')'
			         when wait_event_type is null or wait_event_type = 'CPU' then 'executing'
			         else wait_event_type || ' (' || wait_event || ')'
			       end, count(*)
			from pg_stat_activity
			where backend_type = 'client backend' and pid <> pg_backend_pid() and datname = 'postgres'
			  and application_name <> 'pgbench' and state <> 'idle'
			group by 1""";

	private final EmbeddedPostgres postgres;

	private final Map<String, Long> samples = new LinkedHashMap<>();

	private volatile boolean running;

	private Thread thread;

	private long ticks;

	BackendSampler(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	void start() {
		running = true;
		thread = new Thread(this::run, "rush-sampler");
		thread.setDaemon(true);
		thread.start();
	}

	void stop() throws InterruptedException {
		running = false;
		thread.join();
	}

	private void run() {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("set application_name = 'rush-sampler'");
			while (running) {
				try (ResultSet rows = statement.executeQuery(SAMPLE)) {
					while (rows.next()) {
						synchronized (samples) {
							samples.merge(rows.getString(1), rows.getLong(2), Long::sum);
						}
					}
				}
				ticks++;
				Thread.sleep(EVERY_MS);
			}
		}
		catch (SQLException | InterruptedException ex) {
			throw new IllegalStateException("the sampler stopped", ex);
		}
	}

	String summary() {
		synchronized (samples) {
			long total = samples.values().stream().mapToLong(Long::longValue).sum();
			StringBuilder text = new StringBuilder(String.format(
					"app sessions busy in the timed rounds (%d samples every %d ms, %.1f sessions busy on average):",
					ticks, EVERY_MS, total / (double) Math.max(ticks, 1)));
			samples.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
				.forEach(entry -> text.append(String.format("%n  %5.1f %%  %s", 100.0 * entry.getValue() / total,
						entry.getKey())));
			return text.toString();
		}
	}
}
