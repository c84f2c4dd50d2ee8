package dk.traedesten.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dk.traedesten.platform.tenancy.TenantScope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A registered participant gets a confirmation in the mail outbox with their day as an .ics file; a refused round
 * writes no mail at all, because the mails are written in the round's transaction; and nobody registered for an
 * event that is over gets an invitation to it.
 */
@SpringBootTest
class RegistrationConfirmationTests {

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
	void eachParticipantOfARoundIsConfirmedWithTheirCalendarAndARefusedRoundSendsNothing() {
		RegistrationFixture event = RegistrationFixture.create(planning, catalogue, registrations, 5, null);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		NewParticipant first = RegistrationFixture.person(tag, 1);
		TenantScope.asTenant(336, STEVNS, () -> registrations.registerRound(event.slug(), 336, STEVNS,
				List.of(first, RegistrationFixture.person(tag, 2))));

		await().atMost(Duration.ofSeconds(30)).until(() -> TenantScope.asSystem("test", () -> jdbc.sql(
				"select count(*) from mail_outbox where recipient like :pattern")
			.param("pattern", "%." + tag + "@stevns.demo").query(Integer.class).single()) == 2);
		List<String> subjects = TenantScope.asSystem("test", () -> jdbc.sql("""
				select subject from mail_outbox where recipient like :pattern order by recipient""")
			.param("pattern", "%." + tag + "@stevns.demo").query(String.class).list());
		assertThat(subjects).hasSize(2).allSatisfy(subject -> assertThat(subject).contains("Temamøde om tilmelding"));
		byte[] ics = TenantScope.asSystem("test", () -> jdbc.sql("""
				select a.content from mail_outbox m join mail_outbox_attachment a on a.mail_id = m.id
				where m.recipient = :email""").param("email", first.email()).query(byte[].class).single());
		String calendar = new String(ics, StandardCharsets.UTF_8);
		assertThat(calendar).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:Velkommen").contains("END:VEVENT");
		String body = TenantScope.asSystem("test", () -> jdbc.sql("select body from mail_outbox where recipient = :email")
			.param("email", first.email()).query(String.class).single());
		assertThat(body).contains(first.name()).contains("/arrangementer/" + event.slug() + "/kalender/");

		NewParticipant fresh = RegistrationFixture.person(tag, 3);
		assertThatThrownBy(() -> TenantScope.asTenant(336, STEVNS, () -> registrations.registerRound(event.slug(), 336,
				STEVNS, List.of(fresh, first)))).isInstanceOf(RegistrationRefusedException.class);
		// A round registered after the refused one is confirmed; by then the refused one would have been too.
		NewParticipant later = RegistrationFixture.person(tag, 4);
		TenantScope.asTenant(336, STEVNS, () -> registrations.registerRound(event.slug(), 336, STEVNS, List.of(later)));
		await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(later.email()) == 1);
		assertThat(mailsTo(fresh.email())).as("a refused round mails nobody").isZero();
	}

	@Test
	void nobodyRegisteredForAnEventThatIsOverIsMailed() {
		String past = "forbi-" + UUID.randomUUID().toString().substring(0, 8);
		TenantScope.asSystem("test", () -> {
			UUID id = planning.plan(new NewEvent(past, EventKind.THEME_MEETING, "Temamøde der er forbi", "",
					Organiser.municipality(336, "Stevns"), java.time.LocalDateTime.of(2021, 3, 4, 9, 0),
					java.time.LocalDateTime.of(2021, 3, 4, 15, 0), EventFormat.IN_PERSON, "Rådhuset", "", ""), List.of(),
					List.of(new NewProgrammeItem(java.time.LocalTime.of(9, 0), null, ProgrammeItemKind.TALK, null,
							"Velkommen", "", List.of(), "", null, null)), PriceList.free());
			planning.publish(id);
			return id;
		});
		RegistrationFixture upcoming = RegistrationFixture.create(planning, catalogue, registrations, 5, null);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		NewParticipant afterwards = RegistrationFixture.person(tag, 1);
		NewParticipant ahead = RegistrationFixture.person(tag, 2);
		TenantScope.asTenant(336, STEVNS, () -> registrations.registerRound(past, 336, STEVNS, List.of(afterwards)));
		TenantScope.asTenant(336, STEVNS, () -> registrations.registerRound(upcoming.slug(), 336, STEVNS,
				List.of(ahead)));
		await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(ahead.email()) == 1);
		assertThat(mailsTo(afterwards.email())).isZero();
	}

	private int mailsTo(String email) {
		return TenantScope.asSystem("test", () -> jdbc.sql("select count(*) from mail_outbox where recipient = :email")
			.param("email", email).query(Integer.class).single());
	}
}
