package dk.traedesten.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.traedesten.TraedestenApplication;
import dk.traedesten.events.EventPlanning.NewChoiceGroup;
import dk.traedesten.platform.tenancy.TenantScope;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Concurrent clients register people into capacity-limited sessions through the app's own registration path
 * ({@link Registrations}: the round, the seat at the event, then the session choice whose seat row
 * {@code event_session_take} locks), against pgbench's single-row update with as many clients, in one run on the same
 * embedded PostgreSQL the app starts (zonky, durable: fsync and synchronous commit on, as in production).
 * <p>
 * The app runs whole (Spring context, Hikari pool, {@code TenantAwareDataSource}, row-level security, audit triggers);
 * only the web layer is skipped, so the figure is the registration's, not HTTP's. A registration is what a person
 * signing up does: one round of one person for the client's municipality, the person's seat looked up, and the choice
 * of one of {@value #SESSIONS} theme sessions of {@value #CAPACITY} seats each, three transactions. Demand is about
 * three times the seats, so most sessions fill up and the rest of their choices join the waiting list: the capacity
 * check is under pressure throughout. Each client is another municipality (coordinators of different municipalities
 * at the same time), and every round uses a fresh published event.
 * <p>
 * The baseline is the hottest plain write: pgbench's custom script {@code UPDATE rush_counter SET n = n + 1 WHERE id
 * = 1} with the same number of clients, prepared statements, for {@value #PGBENCH_SECONDS} s. One warm-up round of
 * each, then {@value #ROUNDS} timed rounds of each, alternating; the report gives medians. Afterwards the oversell is
 * counted from the database as its owner: seated choices beyond a session's capacity, over all rounds.
 * <p>
 * The report ends with where the time goes ({@link RoundTrips}, {@link BackendSampler}). On two cores the seat lock is
 * not what limits a registration (a few per cent of the sessions' time waits for a lock); the round trips are. A
 * registration is three transactions of about 20 round trips (scope, event id, the round's number under its advisory
 * lock, inserts, the choice rules' programme and groups, the seat), each costing about what pgbench's whole
 * transaction costs, so the ratio sits near one round trip in eight rather than one in two. Reaching 0.5 would take a
 * registration in about two round trips: one database function doing the round, the seat and the choice, which would
 * move the choice rules out of plain Java, against the house rule that domain rules are plain Java.
 */
public final class RegistrationRushBench {

	static final int SESSIONS = 5;

	static final int CAPACITY = 60;

	static final int PER_CLIENT = 120;

	static final int ROUNDS = 3;

	static final int PGBENCH_SECONDS = 10;

	static final String GROUP = "Temasessioner";

	/** The capital region's municipalities, one per client. */
	static final int[] MUNICIPALITIES = { 101, 147, 151, 153, 155, 157, 159, 161, 163, 165, 167, 169, 173, 175, 183,
			185 };

	record Round(double seconds, int registrations) {
		double perSecond() {
			return registrations / seconds;
		}
	}

	public static void main(String[] args) throws Exception {
		int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
		if (clients < 1 || clients > MUNICIPALITIES.length) {
			throw new IllegalArgumentException("clients: 1 to " + MUNICIPALITIES.length);
		}
		Path data = Files.createTempDirectory("registration-rush");
		ConfigurableApplicationContext app = new SpringApplicationBuilder(TraedestenApplication.class)
			.initializers(context -> context.getBeanFactory().addBeanPostProcessor(RoundTrips.wrapper()))
			// As arguments, since default properties lose to application.yml.
			.run("--server.port=0", "--traedesten.embedded-database.directory=" + data.resolve("postgres"),
					"--traedesten.embedded-database.clean-on-start=true", "--traedesten.embedded-database.durable=true",
					"--traedesten.demo-data=false", "--logging.level.root=warn", "--spring.main.banner-mode=off");
		EmbeddedPostgres postgres = app.getBean(EmbeddedPostgres.class);
		try {
			Registrations registrations = app.getBean(Registrations.class);
			EventPlanning planning = app.getBean(EventPlanning.class);
			EventCatalogue catalogue = app.getBean(EventCatalogue.class);
			Path script = prepareCounter(postgres, data);

			System.out.printf("warming up (%d clients x %d registrations, %d sessions x %d seats)%n", clients, PER_CLIENT,
					SESSIONS, CAPACITY);
			rush(registrations, planning, catalogue, clients, "opvarmning", null);
			pgbench(postgres, script, clients, 3);
			List<Round> rounds = new ArrayList<>();
			double[] tps = new double[ROUNDS];
			BackendSampler sampler = new BackendSampler(postgres);
			for (int round = 0; round < ROUNDS; round++) {
				rounds.add(rush(registrations, planning, catalogue, clients, "runde" + (round + 1), sampler));
				tps[round] = pgbench(postgres, script, clients, PGBENCH_SECONDS);
				System.out.printf("round %d: %d registrations in %.2f s = %.0f/s; pgbench %.0f tps%n", round + 1,
						rounds.get(round).registrations(), rounds.get(round).seconds(), rounds.get(round).perSecond(),
						tps[round]);
			}
			// The same with one client: how far concurrency helps each side (lock waits would flatten the first).
			Round single = rush(registrations, planning, catalogue, 1, "alene", null);
			double singleTps = pgbench(postgres, script, 1, PGBENCH_SECONDS);
			RoundTrips.reset();
			RoundTrips.count(true);
			Round counted = rush(registrations, planning, catalogue, 1, "talt", null);
			RoundTrips.count(false);
			System.out.printf("one client: %.0f registrations/s; pgbench %.0f tps%n", single.perSecond(), singleTps);
			report(clients, rounds, tps, oversell(postgres), pgbenchVersion());
			breakdown(sampler, single.perSecond(), singleTps, counted.registrations());
		}
		finally {
			app.close();
			// The app leaves its server to a shutdown handler at exit; stop it now to take its directory away.
			postgres.close();
			org.springframework.util.FileSystemUtils.deleteRecursively(data);
		}
	}

	/** A fresh published event, then every client registers its people as fast as the app lets it. */
	static Round rush(Registrations registrations, EventPlanning planning, EventCatalogue catalogue, int clients,
			String label, BackendSampler sampler) throws Exception {
		boolean counting = RoundTrips.counted();
		String slug = "rush-" + label + "-" + UUID.randomUUID().toString().substring(0, 6);
		PublishedEvent page = plan(planning, catalogue, slug);
		UUID group = page.groups().get(0).id();
		List<UUID> sessions = page.programme().stream().filter(item -> group.equals(item.choiceGroupId()))
			.map(ProgrammeItem::id).toList();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> done = new ArrayList<>();
		for (int client = 0; client < clients; client++) {
			int municipality = MUNICIPALITIES[client];
			int clientNumber = client;
			done.add(pool.submit(() -> {
				start.await();
				RoundTrips.count(counting);
				String coordinator = "koordinator@" + municipality + ".rush";
				return TenantScope.asTenant(municipality, coordinator, () -> {
					for (int n = 0; n < PER_CLIENT; n++) {
						String email = "p" + n + "." + label + "@" + municipality + ".rush";
						registrations.registerRound(slug, municipality, coordinator,
								List.of(new NewParticipant("Deltager " + n, email, "Pædagog")));
						UUID seat = registrations.seatOf(slug, email).orElseThrow();
						// Clients start on different sessions and move on, so every session sees every client.
						UUID session = sessions.get((clientNumber + n) % sessions.size());
						Set<ChoiceProblem> problems = registrations.chooseSessions(seat, group, Set.of(session));
						if (!problems.isEmpty()) {
							throw new IllegalStateException("the choice was refused: " + problems);
						}
					}
					return PER_CLIENT;
				});
			}));
		}
		long begin = System.nanoTime();
		if (sampler != null) {
			sampler.start();
		}
		start.countDown();
		int registered = 0;
		try {
			for (Future<Integer> future : done) {
				registered += future.get(10, TimeUnit.MINUTES);
			}
		}
		finally {
			if (sampler != null) {
				sampler.stop();
			}
		}
		double seconds = (System.nanoTime() - begin) / 1e9;
		pool.shutdown();
		return new Round(seconds, registered);
	}

	static PublishedEvent plan(EventPlanning planning, EventCatalogue catalogue, String slug) {
		return TenantScope.asSystem("bench", () -> {
			List<NewProgrammeItem> programme = new ArrayList<>();
			programme.add(new NewProgrammeItem(LocalTime.of(9, 0), null, ProgrammeItemKind.PLENARY, null, "Velkommen",
					"", List.of(), "", null, null));
			for (int s = 1; s <= SESSIONS; s++) {
				programme.add(new NewProgrammeItem(LocalTime.of(13, 0), null, ProgrammeItemKind.TALK, null,
						"Tema " + s, "", List.of(), "Lokale " + s, GROUP, CAPACITY));
			}
			UUID id = planning.plan(new NewEvent(slug, EventKind.CONFERENCE, "Tilmeldingsstorm", "",
					Organiser.municipality(336, "Stevns"), LocalDateTime.of(2027, 5, 4, 9, 0),
					LocalDateTime.of(2027, 5, 4, 16, 0), EventFormat.IN_PERSON, "Rådhuset", "", ""),
					List.of(new NewChoiceGroup(GROUP, "", 1, 1, Chooser.PARTICIPANT)), programme,
					new PriceList(null, null, null, 50_000, false, 194_500, 25,
							List.of(new DiscountTier(10, 10), new DiscountTier(20, 20))));
			planning.publish(id);
			return catalogue.find(slug).orElseThrow();
		});
	}

	/** The row pgbench updates, made by the database owner next to the app's tables. */
	static Path prepareCounter(EmbeddedPostgres postgres, Path data) throws SQLException, IOException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table rush_counter (id integer primary key, n bigint not null)");
			statement.execute("insert into rush_counter values (1, 0)");
		}
		Path script = data.resolve("update-one-row.sql");
		Files.writeString(script, "UPDATE rush_counter SET n = n + 1 WHERE id = 1;\n", StandardCharsets.UTF_8);
		return script;
	}

	/** pgbench's transactions per second over {@code seconds}, without its connection time. */
	static double pgbench(EmbeddedPostgres postgres, Path script, int clients, int seconds) throws Exception {
		List<String> command = List.of("/usr/bin/pgbench", "-n", "-M", "prepared", "-c", String.valueOf(clients), "-j",
				String.valueOf(Math.min(clients, Runtime.getRuntime().availableProcessors())), "-T",
				String.valueOf(seconds), "-f", script.toString(), "-h", "localhost", "-p",
				String.valueOf(postgres.getPort()), "-U", "postgres", "postgres");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException("pgbench failed:\n" + output);
		}
		Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(output);
		if (!tps.find()) {
			throw new IllegalStateException("no tps in pgbench's output:\n" + output);
		}
		return Double.parseDouble(tps.group(1));
	}

	/** Seated choices beyond capacity, summed over every session of every round; also checks the seat counters. */
	static long oversell(EmbeddedPostgres postgres) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery("""
					select coalesce(sum(greatest(seated - capacity, 0)), 0), count(*), coalesce(sum(seated), 0),
					       coalesce(sum(waiting), 0), count(*) filter (where seated <> counted)
					from (select i.id, i.capacity,
					             count(c.id) filter (where c.status = 'SEATED') as seated,
					             count(c.id) filter (where c.status = 'WAITING') as waiting,
					             coalesce(max(s.taken), 0) as counted
					      from event_programme_item i
					      join event e on e.id = i.event_id and e.slug like 'rush-%'
					      left join event_session_choice c on c.item_id = i.id
					      left join event_session_seats s on s.item_id = i.id
					      where i.capacity is not null
					      group by i.id, i.capacity) per_session""")) {
				rows.next();
				System.out.printf("sessions checked: %d, seated: %d, waiting: %d, seat counters off: %d%n",
						rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5));
				return rows.getLong(1);
			}
		}
	}

	static String pgbenchVersion() throws Exception {
		Process process = new ProcessBuilder("/usr/bin/pgbench", "--version").redirectErrorStream(true).start();
		String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
		process.waitFor();
		return version;
	}

	static void report(int clients, List<Round> rounds, double[] tps, long oversell, String pgbench) {
		double rate = median(rounds.stream().mapToDouble(Round::perSecond).toArray());
		double baseline = median(tps);
		double ratio = rate / baseline;
		System.out.println();
		System.out.printf("Trædesten registration rush — %s, %d cores, Java %s, PostgreSQL 17 (embedded, fsync on), %s%n",
				java.time.Instant.now().toString().substring(0, 16) + "Z", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), pgbench);
		System.out.printf("%d clients (one municipality each) x %d registrations per round into %d sessions x %d seats;"
				+ " medians of %d rounds after one warm-up%n", clients, PER_CLIENT, SESSIONS, CAPACITY, ROUNDS);
		System.out.printf("%-72s %12s%n", "path", "per second");
		System.out.printf("%-72s %12.0f%n",
				"registration: Registrations.registerRound + seatOf + chooseSessions (3 tx)", rate);
		System.out.printf("%-72s %12.0f%n", "pgbench: UPDATE rush_counter SET n = n + 1 WHERE id = 1 (same clients)",
				baseline);
		System.out.printf("registrations/s: %.0f%n", rate);
		System.out.printf("ratio to pgbench single-row-update TPS: %.2f (goal >= 0.50: %s)%n", ratio,
				ratio >= 0.5 ? "MET" : "MISSED");
		System.out.printf("oversell (seated beyond capacity, from the database): %d (must be 0: %s)%n", oversell,
				oversell == 0 ? "OK" : "FAILED");
	}

	/** Where the time goes: what a registration asks of the database, and what the app's backends were doing. */
	static void breakdown(BackendSampler sampler, double singleRate, double singleTps, int registrations) {
		System.out.println();
		System.out.printf("per registration (counted over %d, one client): %.1f connection checkouts (each sets the tenant"
				+ " scope: one statement), %.1f statements, %.1f commits -> %.1f round trips; pgbench: 1%n", registrations,
				RoundTrips.CHECKOUTS.get() / (double) registrations, RoundTrips.STATEMENTS.get() / (double) registrations,
				RoundTrips.COMMITS.get() / (double) registrations,
				(RoundTrips.CHECKOUTS.get() + RoundTrips.STATEMENTS.get() + RoundTrips.COMMITS.get())
						/ (double) registrations);
		System.out.printf("one client: %.0f registrations/s, pgbench %.0f tps (ratio %.2f)%n", singleRate, singleTps,
				singleRate / singleTps);
		System.out.println(sampler.summary());
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
				: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
	}

	private RegistrationRushBench() {
	}
}
