package dk.traedesten.measures.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import dk.traedesten.measures.Direction;
import dk.traedesten.measures.Indicator;
import dk.traedesten.measures.IndicatorKind;
import dk.traedesten.measures.Period;
import dk.traedesten.measures.Series;
import dk.traedesten.measures.data.PointImport;
import dk.traedesten.measures.data.PointImportResult;
import dk.traedesten.measures.data.PointRules;
import dk.traedesten.platform.tenancy.TenantAwareDataSource;
import dk.traedesten.platform.tenancy.TenantScope;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 1,000,000 rows of Danish CSV imported the way the app imports them, against PostgreSQL's own COPY of the same rows,
 * in one run on one embedded PostgreSQL 17 (zonky, as the app) with the app's Flyway migrations and its durable
 * settings (fsync and synchronous commit on).
 * <p>
 * A series has one point per period, and a million weeks is 19,000 years, so the rows are 1,000 weekly series of
 * 1,000 weeks each (2000–2019): 1,000 files of Danish CSV ({@code ;}, decimal comma, {@code dd-mm-yyyy}), each
 * imported as the import page's confirmation does: {@link PointImport#read} from the file's bytes (encoding check,
 * header, every cell by the indicator's rules) and {@link PointStore#replace} in its own transaction, through
 * {@link TenantAwareDataSource} as the unprivileged application role under row-level security. The baseline is the
 * strongest plain load of the same rows: one {@code COPY measure_point FROM STDIN} of all million rows in PostgreSQL's
 * own text format, ids included, as the superuser (who bypasses row-level security), in one transaction. The CSV
 * files and the COPY text are made before the clock starts; the table is emptied before every round. One warm-up
 * round of each, then {@value #ROUNDS} timed rounds of each, alternating; the report gives their medians.
 */
public final class ImportBench {

	static final int SERIES = 1_000;

	static final int WEEKS = 1_000;

	static final int ROUNDS = 3;

	static final int STEVNS = 336;

	/** The part of the last import round spent reading the files, for the report's breakdown. */
	static double lastParseSeconds;

	public static void main(String[] args) throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.start()) {
			DataSource owner = postgres.getPostgresDatabase();
			Flyway.configure()
				.dataSource(owner)
				.locations("classpath:db/migration", "classpath:dk/traedesten/organisation/migration")
				.load()
				.migrate();
			List<Series> series = createSeries(owner);
			PointRules rules = PointRules.of(IndicatorKind.PROPORTION, "%", Period.WEEK);
			Random random = new Random(336);
			List<byte[]> files = new ArrayList<>(SERIES);
			StringBuilder copy = new StringBuilder(SERIES * WEEKS * 80);
			long bytes = 0;
			for (Series one : series) {
				byte[] file = danishCsv(one, random, copy);
				bytes += file.length;
				files.add(file);
			}
			byte[] copyText = copy.toString().getBytes(StandardCharsets.UTF_8);
			// The app borrows connections from a Hikari pool (so its temporary staging table is made once per connection).
			HikariDataSource pool = new HikariDataSource();
			pool.setDataSource(owner);
			pool.setMaximumPoolSize(4);
			DataSource app = new TenantAwareDataSource(pool);
			TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(app));
			PointStore store = new PointStore(app);

			System.out.printf("warming up (%d series x %d weeks = %,d rows, %.1f MB of Danish CSV)%n", SERIES, WEEKS,
					(long) SERIES * WEEKS, bytes / 1e6);
			importAll(owner, series, files, rules, store, transaction);
			copyAll(owner, copyText);
			double[] imports = new double[ROUNDS];
			double[] copies = new double[ROUNDS];
			double[] parses = new double[ROUNDS];
			for (int round = 0; round < ROUNDS; round++) {
				imports[round] = importAll(owner, series, files, rules, store, transaction);
				parses[round] = lastParseSeconds;
				copies[round] = copyAll(owner, copyText);
				System.out.printf("round %d: import %.2f s (of which reading the CSV %.2f s), COPY %.2f s%n", round + 1,
						imports[round], parses[round], copies[round]);
			}
			report(imports, copies, parses);
			pool.close();
		}
	}

	/** Every file read and stored as the import's confirmation does; returns seconds. */
	static double importAll(DataSource owner, List<Series> series, List<byte[]> files, PointRules rules, PointStore store,
			TransactionTemplate transaction) throws SQLException {
		empty(owner);
		long rows = 0;
		long parsing = 0;
		long start = System.nanoTime();
		for (int i = 0; i < series.size(); i++) {
			Series one = series.get(i);
			long before = System.nanoTime();
			PointImportResult result = PointImport.read("fravaer.csv", files.get(i), rules);
			parsing += System.nanoTime() - before;
			if (!result.accepted()) {
				throw new IllegalStateException("the generated file was refused: " + result.problems().get(0));
			}
			TenantScope.asTenant(STEVNS, "bench", () -> transaction.execute(status -> {
				store.replace(one, result.points());
				return null;
			}));
			rows += result.points().size();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		lastParseSeconds = parsing / 1e9;
		check(owner, rows);
		return seconds;
	}

	/** The same rows by one plain COPY as the superuser; returns seconds. */
	static double copyAll(DataSource owner, byte[] text) throws SQLException {
		empty(owner);
		long start = System.nanoTime();
		try (Connection connection = owner.getConnection()) {
			connection.setAutoCommit(false);
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy measure_point (id,"
					+ " municipality_code, series_id, period_start, value, denominator, children, baseline, phase_start)"
					+ " from stdin");
			for (int offset = 0; offset < text.length; offset += 1 << 16) {
				copy.writeToCopy(text, offset, Math.min(1 << 16, text.length - offset));
			}
			copy.endCopy();
			connection.commit();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		check(owner, (long) SERIES * WEEKS);
		return seconds;
	}

	/**
	 * One series' file as an office writes it, with a comment column the import skips; the same rows are appended to
	 * the COPY text in PostgreSQL's format (the baseline and the import write identical points).
	 */
	static byte[] danishCsv(Series series, Random random, StringBuilder copy) {
		StringBuilder csv = new StringBuilder(WEEKS * 40);
		csv.append("Uge;Tæller;Nævner;Børn;Baseline;Ny fase;Bemærkning\r\n");
		LocalDate monday = LocalDate.of(2000, 1, 3);
		for (int week = 0; week < WEEKS; week++) {
			int days = 1_000 + random.nextInt(300);
			double absent = Math.round(days * (0.04 + 0.04 * random.nextDouble()) * 2) / 2.0;
			boolean baseline = week < 20;
			boolean phase = week == 500;
			int day = monday.getDayOfMonth();
			int month = monday.getMonthValue();
			csv.append(day < 10 ? "0" : "").append(day).append('-').append(month < 10 ? "0" : "").append(month).append('-')
				.append(monday.getYear()).append(';')
				.append(Double.toString(absent).replace(".0", "").replace('.', ',')).append(';')
				.append(days / 1000).append('.').append(String.format("%03d", days % 1000)).append(';')
				.append(46).append(';').append(baseline ? "ja" : "").append(';').append(phase ? "x" : "").append(';')
				.append(week % 50 == 0 ? "Lærer på kursus" : "").append("\r\n");
			copy.append(UUID.randomUUID()).append('\t').append(STEVNS).append('\t').append(series.id()).append('\t')
				.append(monday).append('\t').append(absent).append('\t').append((double) days).append('\t').append(46)
				.append('\t').append(baseline ? 't' : 'f').append('\t').append(phase ? 't' : 'f').append('\n');
			monday = monday.plusWeeks(1);
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	static List<Series> createSeries(DataSource owner) throws SQLException {
		UUID indicatorId = UUID.randomUUID();
		Indicator indicator = new Indicator(indicatorId, STEVNS, "Fravær", "", IndicatorKind.PROPORTION,
				Direction.LOWER_IS_BETTER, "%", null, null);
		List<Series> series = new ArrayList<>();
		try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("insert into indicator (id, municipality_code, name, kind, direction, unit) values ('"
					+ indicatorId + "', " + STEVNS + ", 'Fravær', 'PROPORTION', 'LOWER_IS_BETTER', '%')");
			for (int i = 0; i < SERIES; i++) {
				UUID id = UUID.randomUUID();
				statement.execute("insert into measure_series (id, municipality_code, indicator_id, group_label, period,"
						+ " child_count) values ('" + id + "', " + STEVNS + ", '" + indicatorId + "', 'Klasse " + i
						+ "', 'WEEK', 46)");
				series.add(new Series(id, STEVNS, indicator, null, null, "Klasse " + i, Period.WEEK, 46, null));
			}
		}
		return series;
	}

	static void empty(DataSource owner) throws SQLException {
		try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("truncate measure_point");
			statement.execute("checkpoint");
		}
	}

	static void check(DataSource owner, long expected) throws SQLException {
		try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement();
				var rows = statement.executeQuery("select count(*), sum(value), sum(denominator) from measure_point")) {
			rows.next();
			if (rows.getLong(1) != expected) {
				throw new IllegalStateException("expected " + expected + " rows, found " + rows.getLong(1));
			}
		}
	}

	static void report(double[] imports, double[] copies, double[] parses) {
		double rows = (double) SERIES * WEEKS;
		double importSeconds = median(imports);
		double copySeconds = median(copies);
		double ratio = (rows / importSeconds) / (rows / copySeconds);
		System.out.println();
		System.out.printf("Trædesten import benchmark — %s, %d cores, Java %s, PostgreSQL 17 (embedded, fsync on)%n",
				java.time.Instant.now().toString().substring(0, 16) + "Z", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"));
		System.out.printf("%,d rows = %d weekly series x %d weeks; medians of %d rounds after one warm-up%n", (long) rows,
				SERIES, WEEKS, ROUNDS);
		System.out.printf("%-58s %10s %8s %12s%n", "path", "rows", "seconds", "rows/s");
		System.out.printf("%-58s %,10d %8.2f %,12.0f%n", "import: Danish CSV -> PointImport -> PointStore (RLS, 1 tx/series)",
				(long) rows, importSeconds, rows / importSeconds);
		System.out.printf("%-58s %,10d %8.2f %,12.0f%n", "COPY measure_point FROM STDIN (superuser, one tx)", (long) rows,
				copySeconds, rows / copySeconds);
		System.out.printf("  of which reading the CSV (PointImport.read): %.2f s, %,.0f rows/s%n", median(parses),
				rows / median(parses));
		System.out.printf("import / COPY speed: %.2f (goal >= 0.50: %s)%n", ratio, ratio >= 0.5 ? "MET" : "MISSED");
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
				: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
	}
}
