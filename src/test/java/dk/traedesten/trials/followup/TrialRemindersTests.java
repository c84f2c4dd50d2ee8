package dk.traedesten.trials.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.traedesten.TestNames;
import dk.traedesten.mail.internal.OutboxDispatcher;
import dk.traedesten.trials.TrialState;
import dk.traedesten.platform.tenancy.TenantScope;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The daily reminder run end to end: reminders go to the outbox once, and db-scheduler's dispatcher delivers
 * them to a real SMTP server (GreenMail). "Today" is passed in, as the scheduled task passes the clock's date.
 * Recipients here: Mette Holm (participant), Ahmad Rahimi (wrote the application), Jens Kragh (leader of
 * Strandengens Skole); Hanne Winther (coordinator) only when overdue.
 */
@SpringBootTest
class TrialRemindersTests {

	@RegisterExtension
	static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "localhost");
		properties.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
	}

	@Autowired
	TrialReminders reminders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OutboxDispatcher dispatcher;

	FollowUpFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new FollowUpFixture(jdbc);
	}

	@Test
	void aStatusDueInFourteenDaysGetsExactlyOneReminderAfterTwoRuns() throws Exception {
		String title = "Påmindelse " + TestNames.unique();
		LocalDate start = LocalDate.of(2030, 1, 15);
		UUID trial = fixture.trial(TrialState.RUNNING, title, start);
		LocalDate today = start.plusMonths(6).minusDays(14);
		assertThat(reminders.sendDue(today, only(trial))).isEqualTo(1);
		assertThat(reminders.sendDue(today, only(trial))).as("the second run finds the reminder already sent").isZero();
		assertThat(fixture.count("trial_reminder", trial)).isEqualTo(1);
		List<String> queued = outbox(title);
		List<String> leaders = TenantScope.asSystem("test", () -> jdbc.sql("""
				select distinct p.email from trial_unit tu join membership m on m.unit_id = tu.unit_id and m.role = 'UNIT_LEADER'
				join person p on p.id = m.person_id where tu.trial_id = :trial""").param("trial", trial).query(String.class).list());
		assertThat(leaders).as("the fixture's units have leaders").isNotEmpty();
		assertThat(queued).as("one mail per recipient: participants, the creator and the units' leaders")
			.doesNotHaveDuplicates()
			.contains("medarbejder@stevns.demo", "psykolog@stevns.demo")
			.containsAll(leaders)
			.hasSize(java.util.stream.Stream.concat(java.util.stream.Stream.of("medarbejder@stevns.demo", "psykolog@stevns.demo"),
					leaders.stream()).distinct().toList().size());
		List<MimeMessage> mails = awaitMails(title, queued.size());
		assertThat(mails).extracting(MimeMessage::getSubject).allMatch(subject -> subject.startsWith("Påmindelse: status"));
		assertThat(recipients(mails)).containsExactlyInAnyOrderElementsOf(queued);
	}

	@Test
	void anOverdueStatusIsToldToTheCoordinatorToo() throws Exception {
		String title = "Overskredet " + TestNames.unique();
		LocalDate start = LocalDate.of(2031, 2, 1);
		UUID trial = fixture.trial(TrialState.RUNNING, title, start);
		assertThat(reminders.sendDue(start.plusMonths(6).plusDays(1), only(trial))).isEqualTo(1);
		List<String> queued = outbox(title);
		assertThat(queued).contains("koordinator@stevns.demo", "medarbejder@stevns.demo");
		List<MimeMessage> mails = awaitMails(title, queued.size());
		assertThat(mails).extracting(MimeMessage::getSubject).allMatch(subject -> subject.startsWith("Overskredet frist"));
		assertThat(recipients(mails)).contains("koordinator@stevns.demo", "medarbejder@stevns.demo");
	}

	@Test
	void closedTrialsGetNoReminders() {
		String title = "Lukket " + TestNames.unique();
		LocalDate start = LocalDate.of(2032, 3, 1);
		UUID trial = fixture.trial(TrialState.CLOSED, title, start);
		reminders.sendDue(start.plusMonths(6).minusDays(14), only(trial));
		reminders.sendDue(start.plusMonths(6).plusDays(3), only(trial));
		assertThat(fixture.count("trial_reminder", trial)).isZero();
	}

	/**
	 * The run limited to the test's own trial: the daily job goes through every municipality's trials, and other
	 * tests leave theirs in the database, whose reminders would crowd the outbox.
	 */
	private static UUID[] only(UUID trial) {
		return new UUID[] { trial };
	}

	private List<String> outbox(String title) {
		return dk.traedesten.platform.tenancy.TenantScope.asSystem("test", () -> jdbc
			.sql("select recipient from mail_outbox where subject like '%' || :title || '%'")
			.param("title", title).query(String.class).list());
	}

	private List<MimeMessage> awaitMails(String title, int atLeast) {
		// Dispatched here as well as by the scheduled task: with several test contexts alive in one JVM the task
		// may run in a context whose mail server is another test's.
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			dispatcher.dispatch();
			return mailsAbout(title).size() >= atLeast;
		});
		return mailsAbout(title);
	}

	private static List<MimeMessage> mailsAbout(String title) {
		return Arrays.stream(MAIL.getReceivedMessages()).filter(mail -> {
			try {
				return mail.getSubject().contains(title);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static List<String> recipients(List<MimeMessage> mails) throws Exception {
		List<String> addresses = new java.util.ArrayList<>();
		for (MimeMessage mail : mails) {
			Arrays.stream(mail.getAllRecipients()).map(Object::toString).forEach(addresses::add);
		}
		return addresses;
	}
}
