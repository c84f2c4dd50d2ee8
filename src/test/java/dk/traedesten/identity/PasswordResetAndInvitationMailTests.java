package dk.traedesten.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.traedesten.organisation.OrganisationAdministration;
import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.DemoData;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Password reset and invitations end to end: the request puts a mail in the outbox, db-scheduler's dispatcher
 * delivers it to a real SMTP server (GreenMail), and the link in it sets a password that then signs in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PasswordResetAndInvitationMailTests {

	@RegisterExtension
	static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	static final Pattern LINK = Pattern
		.compile("http://localhost:8080(/(?:nulstil-adgangskode|invitation))\\?token=([A-Za-z0-9_-]+)");

	static final String NEW_PASSWORD = "Bølgerne ved Klinten 7";

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "localhost");
		properties.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	OrganisationAdministration administration;

	@Autowired
	AccountProvisioning accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	String email;

	@BeforeEach
	void aStevnsPersonWithAnAccount() {
		email = "nulstil-" + UUID.randomUUID() + "@stevns.demo";
		TenantScope.asSystem("test", () -> {
			UUID person = administration.addPerson(DemoData.STEVNS, "Grete Glemsom", email, "Pædagog");
			accounts.createWithPassword(person, DemoData.STEVNS, email, DemoData.PASSWORD);
		});
	}

	@Test
	void aResetLinkSetsANewPasswordOnceAndThePasswordSignsIn() throws Exception {
		assertThat(mvc.post().uri("/glemt-adgangskode").with(csrf()).param("email", email))
			.hasRedirectedUrl("/glemt-adgangskode?sendt");
		Matcher link = linkIn(awaitMailTo(email));
		assertThat(link.group(1)).isEqualTo("/nulstil-adgangskode");
		String token = link.group(2);

		assertThat(mvc.get().uri("/nulstil-adgangskode").param("token", token)).hasStatusOk()
			.bodyText().contains("name=\"password\"");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(outboxBodiesTo(email))
			.as("a sent mail's link is not kept in the database").noneMatch(body -> body.contains(token)));
		assertThat(choose("/nulstil-adgangskode", token, NEW_PASSWORD)).hasRedirectedUrl("/log-ind?adgangskode-sat");

		assertThat(signIn(email, NEW_PASSWORD)).hasRedirectedUrl("/");
		assertThat(signIn(email, DemoData.PASSWORD)).hasRedirectedUrl("/log-ind?fejl");
		assertThat(choose("/nulstil-adgangskode", token, "Endnu en ny kode 42")).as("the link is used up")
			.hasStatusOk().bodyText().doesNotContain("name=\"password\"");
		assertThat(signIn(email, "Endnu en ny kode 42")).hasRedirectedUrl("/log-ind?fejl");
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
		String unknown = "ukendt-" + UUID.randomUUID() + "@stevns.demo";
		MvcTestResult unknownAnswer = mvc.post().uri("/glemt-adgangskode").with(csrf()).param("email", unknown)
			.exchange();
		MvcTestResult knownAnswer = mvc.post().uri("/glemt-adgangskode").with(csrf()).param("email", email).exchange();

		assertThat(unknownAnswer).hasStatus(knownAnswer.getResponse().getStatus())
			.hasRedirectedUrl(knownAnswer.getResponse().getRedirectedUrl());
		assertThat(unknownAnswer.getResponse().getContentAsString())
			.isEqualTo(knownAnswer.getResponse().getContentAsString());
		// The outbox sends in order, so once the later mail has arrived an earlier one would have too.
		awaitMailTo(email);
		assertThat(mailTo(unknown)).isEmpty();
		assertThat(TenantScope.asSystem("test", () -> jdbc.sql("select count(*) from mail_outbox where recipient = :to")
			.param("to", unknown).query(Integer.class).single())).isZero();
	}

	@Test
	void anInvitedPersonChoosesAPasswordThroughTheMailedLinkAndSignsIn() throws Exception {
		String invited = "inviteret-" + UUID.randomUUID() + "@stevns.demo";
		DemoData demo = new DemoData(jdbc, userDetails);
		MvcTestResult created = mvc.post().uri("/organisation/personer/ny").with(csrf()).with(demo.as("admin@stevns.demo"))
			.param("name", "Ivan Inviteret").param("email", invited).param("jobTitle", "Lærer").exchange();
		assertThat(created).hasStatus3xxRedirection();
		String personPage = created.getResponse().getRedirectedUrl().replaceFirst("\\?.*", "");

		assertThat(mvc.post().uri(personPage + "/invitation").with(csrf()).with(demo.as("admin@stevns.demo")))
			.hasRedirectedUrl(personPage + "?inviteret");
		MimeMessage mail = awaitMailTo(invited);
		assertThat(mail.getContent().toString()).contains("Ivan Inviteret");
		Matcher link = linkIn(mail);
		assertThat(link.group(1)).isEqualTo("/invitation");

		assertThat(choose("/invitation", link.group(2), NEW_PASSWORD)).hasRedirectedUrl("/log-ind?adgangskode-sat");
		assertThat(signIn(invited, NEW_PASSWORD)).hasRedirectedUrl("/");
		assertThat(choose("/invitation", link.group(2), "Endnu en ny kode 42")).as("the link is used up")
			.hasStatusOk().bodyText().doesNotContain("name=\"password\"");
	}

	@Test
	void aResetLinkCannotBeUsedAsAnInvitation() throws Exception {
		mvc.post().uri("/glemt-adgangskode").with(csrf()).param("email", email).exchange();
		String token = linkIn(awaitMailTo(email)).group(2);

		assertThat(choose("/invitation", token, NEW_PASSWORD)).hasStatusOk();
		assertThat(signIn(email, NEW_PASSWORD)).hasRedirectedUrl("/log-ind?fejl");
	}

	private List<String> outboxBodiesTo(String recipient) {
		return TenantScope.asSystem("test", () -> jdbc.sql("select body from mail_outbox where recipient = :to")
			.param("to", recipient).query(String.class).list());
	}

	private MvcTestResult choose(String page, String token, String password) {
		return mvc.post().uri(page).with(csrf()).param("token", token).param("password", password)
			.param("repeated", password).exchange();
	}

	private MvcTestResult signIn(String address, String password) {
		return mvc.post().uri("/log-ind").with(csrf()).param("email", address).param("password", password).exchange();
	}

	private static MimeMessage awaitMailTo(String address) {
		return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
			.until(() -> mailTo(address), Optional::isPresent)
			.orElseThrow();
	}

	private static Optional<MimeMessage> mailTo(String address) {
		return Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).map(Address::toString).anyMatch(address::equals);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).reduce((first, later) -> later);
	}

	private static Matcher linkIn(MimeMessage mail) throws Exception {
		Matcher link = LINK.matcher(mail.getContent().toString());
		assertThat(link.find()).as("a one-time link in the mail").isTrue();
		return link;
	}
}
