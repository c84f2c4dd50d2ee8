package dk.traedesten.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import dk.traedesten.platform.tenancy.TenantScope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registrations on the real database: rounds on one invoice, the binding date, swaps, the waiting list, tenancy. */
@SpringBootTest
class RegistrationTests {

	static final String STEVNS = "koordinator@stevns.demo";

	@Autowired
	EventPlanning planning;

	@Autowired
	EventCatalogue catalogue;

	@Autowired
	Registrations registrations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theEleventhPersonInASecondRoundMovesTheWholeInvoiceToTenPercent() {
		RegistrationFixture event = RegistrationFixture.create(planning, catalogue, registrations, 5, null);
		asStevns(() -> registrations.registerRound(event.slug(), 336, STEVNS,
				IntStream.rangeClosed(1, 10).mapToObj(n -> RegistrationFixture.person("a", n)).toList()));
		Quote ten = asStevns(() -> registrations.of(event.slug(), 336)).invoice().orElseThrow();
		assertThat(ten.discountPercent()).isZero();
		assertThat(ten.totalOre()).isEqualTo(10 * 194_500 * 125 / 100);

		int round = asStevns(() -> registrations.registerRound(event.slug(), 336, STEVNS,
				List.of(RegistrationFixture.person("a", 11))));
		Registration both = asStevns(() -> registrations.of(event.slug(), 336));
		Quote eleven = both.invoice().orElseThrow();
		assertThat(round).isEqualTo(2);
		assertThat(both.roundSizes()).containsExactly(10, 1);
		assertThat(eleven.persons()).isEqualTo(11);
		assertThat(eleven.discountPercent()).isEqualTo(10);
		assertThat(eleven.netOre()).isEqualTo(2_139_500);
		assertThat(eleven.discountOre()).isEqualTo(213_950);
		assertThat(eleven.vatOre()).isEqualTo(481_388);
		assertThat(eleven.totalOre()).isEqualTo(2_406_938);
		assertThat(eleven).isEqualTo(PricingRules.perPerson(both.page().prices().orElseThrow(), List.of(11)));
	}

	@Test
	void cancellingIsRefusedFromTheBindingDateButASwapKeepsTheSeatAndLeavesATrace() {
		RegistrationFixture open = RegistrationFixture.create(planning, catalogue, registrations, 5, LocalDate.now().plusDays(30));
		RegistrationFixture bound = RegistrationFixture.create(planning, catalogue, registrations, 5, LocalDate.now());
		asStevns(() -> registrations.registerRound(open.slug(), 336, STEVNS, List.of(RegistrationFixture.person("b", 1))));
		asStevns(() -> registrations.registerRound(bound.slug(), 336, STEVNS, List.of(RegistrationFixture.person("c", 1))));
		UUID free = asStevns(() -> registrations.of(open.slug(), 336)).participants().get(0).id();
		UUID binding = asStevns(() -> registrations.of(bound.slug(), 336)).participants().get(0).id();

		asStevns(() -> {
			registrations.cancel(free);
			return null;
		});
		assertThat(asStevns(() -> registrations.of(open.slug(), 336)).participants()).isEmpty();
		assertThatThrownBy(() -> asStevns(() -> {
			registrations.cancel(binding);
			return null;
		})).isInstanceOfSatisfying(RegistrationRefusedException.class,
				refused -> assertThat(refused.reason()).isEqualTo(RegistrationRefusedException.Reason.BINDING));

		asStevns(() -> {
			registrations.swap(binding, new NewParticipant("Ny Person", "ny.person.c@stevns.demo", "Leder"));
			return null;
		});
		Registration after = asStevns(() -> registrations.of(bound.slug(), 336));
		assertThat(after.participants()).singleElement().satisfies(seat -> {
			assertThat(seat.id()).isEqualTo(binding);
			assertThat(seat.name()).isEqualTo("Ny Person");
		});
		String before = TenantScope.asSystem("test", () -> jdbc.sql("""
				select before_data ->> 'name' from audit_event
				where table_name = 'event_participant' and row_id = :id and operation = 'UPDATE'""")
			.param("id", binding.toString()).query(String.class).single());
		assertThat(before).isEqualTo("Deltager c 1");
	}

	@Test
	void theWaitingListMovesUpInOrderWhenASeatIsFreed() {
		RegistrationFixture event = RegistrationFixture.create(planning, catalogue, registrations, 1, null);
		UUID theme = event.themeOne();
		UUID group = event.themes();
		asStevns(() -> registrations.registerRound(event.slug(), 336, STEVNS,
				List.of(RegistrationFixture.person("d", 1), RegistrationFixture.person("d", 2))));
		TenantScope.asTenant(101, "admin@kk.demo", () -> registrations.registerRound(event.slug(), 101, "admin@kk.demo",
				List.of(new NewParticipant("Kbh Deltager", "deltager.d@kk.demo", "Lærer"))));
		List<Participant> stevns = asStevns(() -> registrations.of(event.slug(), 336)).participants();
		Participant copenhagen = TenantScope.asTenant(101, "admin@kk.demo",
				() -> registrations.of(event.slug(), 101).participants().get(0));

		asStevns(() -> registrations.chooseSessions(stevns.get(0).id(), group, Set.of(theme)));
		TenantScope.asTenant(101, "admin@kk.demo", () -> registrations.chooseSessions(copenhagen.id(), group, Set.of(theme)));
		asStevns(() -> registrations.chooseSessions(stevns.get(1).id(), group, Set.of(theme)));
		assertThat(TenantScope.asTenant(101, "admin@kk.demo", () -> waiting(event, copenhagen.id()))).isTrue();
		assertThat(asStevns(() -> waiting(event, stevns.get(1).id()))).isTrue();

		asStevns(() -> registrations.chooseSessions(stevns.get(0).id(), group, Set.of()));

		assertThat(TenantScope.asTenant(101, "admin@kk.demo", () -> waiting(event, copenhagen.id())))
			.as("København came first on the waiting list").isFalse();
		assertThat(asStevns(() -> waiting(event, stevns.get(1).id()))).isTrue();
		assertThat(asStevns(() -> registrations.taken(event.slug()))).containsEntry(theme, 1);
	}

	@Test
	void anotherMunicipalityNeitherSeesNorChangesStevnsRegistrations() {
		RegistrationFixture event = RegistrationFixture.create(planning, catalogue, registrations, 5, null);
		asStevns(() -> registrations.registerRound(event.slug(), 336, STEVNS, List.of(RegistrationFixture.person("e", 1))));
		UUID seat = asStevns(() -> registrations.of(event.slug(), 336)).participants().get(0).id();
		TenantScope.asTenant(101, "admin@kk.demo", () -> {
			assertThat(registrations.of(event.slug(), 336).participants()).isEmpty();
			assertThat(registrations.participant(seat)).isEmpty();
			assertThatThrownBy(() -> registrations.cancel(seat)).isInstanceOf(EventNotFoundException.class);
			assertThatThrownBy(() -> registrations.swap(seat, new NewParticipant("X", "x@kk.demo", "")))
				.isInstanceOf(EventNotFoundException.class);
			return null;
		});
		assertThat(asStevns(() -> registrations.participant(seat))).get().extracting(Participant::name)
			.isEqualTo("Deltager e 1");
	}

	@Test
	void aPersonHoldsOneSeatAtAnEventAndARefusedRoundWritesNothing() {
		RegistrationFixture event = RegistrationFixture.create(planning, catalogue, registrations, 5, null);
		asStevns(() -> registrations.registerRound(event.slug(), 336, STEVNS, List.of(RegistrationFixture.person("f", 1))));
		assertThatThrownBy(() -> asStevns(() -> registrations.registerRound(event.slug(), 336, STEVNS,
				List.of(RegistrationFixture.person("f", 2), RegistrationFixture.person("f", 1)))))
			.isInstanceOf(RegistrationRefusedException.class);
		assertThat(asStevns(() -> registrations.of(event.slug(), 336)).participants()).hasSize(1);
	}

	private boolean waiting(RegistrationFixture event, UUID participant) {
		return registrations.schedule(event.slug(), participant).orElseThrow().seat(event.themeOne()).orElseThrow().waiting();
	}

	private static <T> T asStevns(java.util.function.Supplier<T> work) {
		return TenantScope.asTenant(336, STEVNS, work);
	}
}
