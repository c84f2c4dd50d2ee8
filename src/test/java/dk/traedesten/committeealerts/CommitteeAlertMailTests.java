package dk.traedesten.committeealerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.traedesten.committees.CommitteeAdministration;
import dk.traedesten.committees.Decision;
import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.DemoData;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Following a committee end to end, through the outbox to a real SMTP server (GreenMail): an unconfirmed follower gets
 * the confirmation mail and nothing else, a confirmed one exactly one mail per publication with a working link, and
 * the link in it stops the mails. No token shows in the log or the audit trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class CommitteeAlertMailTests {

	@RegisterExtension
	static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	static final Pattern LINK = Pattern.compile("http://localhost:8080(/udvalg/foelg/(?:bekraeft|afmeld))\\?token=([A-Za-z0-9_-]+)");

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "localhost");
		properties.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CommitteeAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyConfirmedFollowersGetOneMailPerPublicationAndTheLinkStopsThem(CapturedOutput output) throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String leaving = "faar-og-stopper-" + tag + "@eksempel.dk";
		String staying = "bliver-" + tag + "@eksempel.dk";
		String unconfirmed = "ubekraeftet-" + tag + "@eksempel.dk";
		UUID committee = TenantScope.asTenant(DemoData.HERNING, "test",
				() -> administration.addCommittee("Udvalget " + tag, ""));
		List<String> tokens = new ArrayList<>();
		for (String address : List.of(leaving, staying, unconfirmed)) {
			assertThat(mvc.post().uri("/udvalg/" + committee + "/foelg").with(csrf()).param("email", address))
				.hasRedirectedUrl("/udvalg/foelg/tjek-din-post");
		}
		for (String address : List.of(leaving, staying)) {
			Matcher confirm = link(awaitMails(address, 1).get(0), "/udvalg/foelg/bekraeft");
			tokens.add(confirm.group(2));
			assertThat(mvc.post().uri("/udvalg/foelg/bekraeft").with(csrf()).param("token", confirm.group(2)))
				.hasStatusOk().bodyText().contains("Du følger nu");
		}
		tokens.add(link(awaitMails(unconfirmed, 1).get(0), "/udvalg/foelg/bekraeft").group(2));

		UUID[] ids = TenantScope.asTenant(DemoData.HERNING, "test", () -> {
			UUID meeting = administration.addMeeting(committee, LocalDate.of(2026, 9, 2), LocalTime.of(16, 0), "Teams");
			UUID item = administration.addItem(meeting, "AGENDA_ITEM", "Legepladser " + tag);
			administration.markReady(item);
			administration.publishAgenda(meeting);
			return new UUID[] { meeting, item };
		});
		MimeMessage agenda = awaitMails(leaving, 2).get(1);
		assertThat(agenda.getSubject()).startsWith("Dagsorden: Udvalget " + tag);
		assertThat(agenda.getContent().toString()).contains("Legepladser " + tag,
				"http://localhost:8080/udvalg/moeder/" + ids[0], "http://localhost:8080/udvalg/punkter/" + ids[1]);
		awaitMails(staying, 2);
		Matcher stop = link(agenda, "/udvalg/foelg/afmeld");
		tokens.add(stop.group(2));
		assertThat(mvc.post().uri("/udvalg/foelg/afmeld").with(csrf()).param("token", stop.group(2)))
			.hasStatusOk().bodyText().contains("Du får ikke flere mails");

		TenantScope.asTenant(DemoData.HERNING, "test", () -> {
			administration.decide(ids[1], Decision.recommended());
			administration.publishMinutes(ids[0]);
			return null;
		});
		// The outbox sends in order: once the staying follower has the minutes, a mail to the others would be there too.
		assertThat(awaitMails(staying, 3).get(2).getSubject()).startsWith("Referat: Udvalget " + tag);
		Thread.sleep(500);
		assertThat(mailsTo(leaving)).as("one confirmation and one agenda, nothing after unsubscribing").hasSize(2);
		assertThat(mailsTo(unconfirmed)).as("the confirmation only").hasSize(1);
		assertThat(mailsTo(staying)).as("exactly one mail per publication").hasSize(3);

		String audit = TenantScope.asSystem("test", () -> jdbc.sql("""
				select coalesce(string_agg(coalesce(before_data::text, '') || coalesce(after_data::text, ''), ' '), '')
				from audit_event where table_name like 'committee_follower%'""").query(String.class).single());
		for (String token : tokens) {
			assertThat(output.getAll()).as("the log").doesNotContain(token);
			assertThat(audit).as("the audit trail").doesNotContain(token, CommitteeAlerts.hash(token));
		}
		assertThat(TenantScope.asSystem("test", () -> jdbc.sql("select count(*) from committee_follower_token where token_hash = :t")
			.param("t", tokens.get(0)).query(Integer.class).single())).as("only hashes are stored").isZero();
	}

	private static List<MimeMessage> awaitMails(String address, int count) {
		return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
			.until(() -> mailsTo(address), mails -> mails.size() >= count);
	}

	private static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).map(Address::toString).anyMatch(address::equals);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static Matcher link(MimeMessage mail, String path) throws Exception {
		Matcher link = LINK.matcher(mail.getContent().toString());
		while (link.find()) {
			if (link.group(1).equals(path)) {
				return link;
			}
		}
		throw new AssertionError("no link to " + path + " in the mail");
	}
}
