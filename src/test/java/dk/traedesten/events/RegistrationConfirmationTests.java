package dk.traedesten.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
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
		assertThat(TenantScope.asSystem("test", () -> jdbc.sql("select count(*) from mail_outbox where recipient = :email")
			.param("email", fresh.email()).query(Integer.class).single())).as("a refused round mails nobody").isZero();
	}

	@Test
	void nobodyRegisteredForTheSummitOfJanuary2021IsMailed() {
		assertThat(TenantScope.asSystem("test", () -> jdbc.sql("select count(*) from mail_outbox where subject like"
				+ " '%Børn & Unge Topmøde 2021%' and (recipient like '%@autismeforeningen.demo'"
				+ " or recipient in ('medarbejder@stevns.demo', 'nadia.ibrahim@kk.demo'))")
			.query(Integer.class).single())).isZero();
	}
}
