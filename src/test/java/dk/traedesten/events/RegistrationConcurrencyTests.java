package dk.traedesten.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import dk.traedesten.platform.tenancy.TenantScope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many participants of two municipalities choose one session with three seats at the same moment, each in its own
 * transaction on the real database: exactly three get a seat, everyone else waits, and the count never passes the
 * capacity.
 */
@SpringBootTest
class RegistrationConcurrencyTests {

	static final int CAPACITY = 3;

	static final int PARTICIPANTS = 16;

	@Autowired
	EventPlanning planning;

	@Autowired
	EventCatalogue catalogue;

	@Autowired
	Registrations registrations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void concurrentChoicesNeverOversellASession() throws Exception {
		RegistrationFixture event = RegistrationFixture.create(planning, catalogue, registrations, CAPACITY, null);
		String tag = UUID.randomUUID().toString().substring(0, 6);
		TenantScope.asTenant(336, "koordinator@stevns.demo", () -> registrations.registerRound(event.slug(), 336,
				"koordinator@stevns.demo", IntStream.range(0, PARTICIPANTS / 2)
					.mapToObj(n -> RegistrationFixture.person("s" + tag, n)).toList()));
		TenantScope.asTenant(101, "admin@kk.demo", () -> registrations.registerRound(event.slug(), 101, "admin@kk.demo",
				IntStream.range(0, PARTICIPANTS / 2)
					.mapToObj(n -> new NewParticipant("Kbh " + n, "k" + n + "." + tag + "@kk.demo", "Lærer")).toList()));
		List<Participant> stevns = TenantScope.asTenant(336, "koordinator@stevns.demo",
				() -> registrations.of(event.slug(), 336).participants());
		List<Participant> copenhagen = TenantScope.asTenant(101, "admin@kk.demo",
				() -> registrations.of(event.slug(), 101).participants());

		ExecutorService pool = Executors.newFixedThreadPool(PARTICIPANTS);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		try {
			for (Participant participant : concat(stevns, copenhagen)) {
				done.add(pool.submit(() -> {
					start.await();
					return TenantScope.asTenant(participant.municipalityCode(), participant.email(),
							() -> registrations.chooseSessions(participant.id(), event.themes(), Set.of(event.themeOne())));
				}));
			}
			start.countDown();
			for (Future<?> future : done) {
				assertThat(future.get(60, TimeUnit.SECONDS)).isEqualTo(Set.of());
			}
		}
		finally {
			pool.shutdownNow();
		}

		List<String> statuses = TenantScope.asSystem("test", () -> jdbc.sql(
				"select status from event_session_choice where item_id = :item")
			.param("item", event.themeOne()).query(String.class).list());
		assertThat(statuses).hasSize(PARTICIPANTS);
		assertThat(statuses.stream().filter("SEATED"::equals)).hasSize(CAPACITY);
		assertThat(statuses.stream().filter("WAITING"::equals)).hasSize(PARTICIPANTS - CAPACITY);
		assertThat(TenantScope.asSystem("test", () -> registrations.taken(event.slug()))).containsEntry(event.themeOne(),
				CAPACITY);
	}

	private static List<Participant> concat(List<Participant> a, List<Participant> b) {
		List<Participant> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}
}
