package dk.traedesten.partnerships.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dk.traedesten.partnerships.CallbackRequests;
import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.DemoData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResultAssert;

/**
 * "Ring mig op" on the real database: a request stored with its number normalised, field errors in Danish with
 * nothing stored, a filled honeypot thanked and dropped, the sixth request within the hour from one address refused
 * with 429, the organisers' queue (assign, done; another organiser sees nothing and gets 404) and the retention job.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CallbackTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	CallbackRequests requests;

	DemoData demo;

	@BeforeEach
	void lookUpTheFixture() {
		demo = new DemoData(jdbc, accounts);
	}

	@Test
	void aRequestIsStoredWithItsNumberAsDanesWriteIt() {
		String name = "Anne Vestergaard " + System.nanoTime();
		send("198.51.100.1", name, "56 57 12 34", true, "").hasStatus3xxRedirection().redirectedUrl()
			.isEqualTo("/partnerskaber/ring-mig-op?sendt");
		assertThat(stored("select phone from partnership_callback where name = '" + name + "'"))
			.isEqualTo("+4556571234");
		assertThat(stored("select topic || ':' || caller_municipality_code from partnership_callback where name = '"
				+ name + "'")).isEqualTo("DAYCARE:336");
		assertThat(stored("select count(*) from audit_event where table_name = 'partnership_callback' "
				+ "and after_data::text like '%" + name + "%'")).as("no personal data in the audit trail").isEqualTo("0");
	}

	@Test
	void badInputIsNamedAtItsFieldInDanishAndNothingIsStored() throws Exception {
		String name = "Fejl " + System.nanoTime();
		String body = body(send("198.51.100.2", name, "12 34", false, "").hasStatusOk());
		assertThat(body).contains("Skriv et dansk telefonnummer med 8 cifre")
			.contains("Sæt flueben for at give samtykke").contains("value=\"" + name + "\"");
		String cpr = body(send("198.51.100.2", "Hans 010190-1234", "56571234", true, "").hasStatusOk());
		assertThat(cpr).contains("Skriv ikke CPR-numre i formularen.");
		String empty = body(mvc.post().uri("/partnerskaber/ring-mig-op").with(csrf()).exchange().assertThat()
			.hasStatusOk());
		assertThat(empty).contains("Skriv dit navn.").contains("Vælg din kommune.").contains("Skriv dit telefonnummer.")
			.contains("Vælg hvad du vil høre om.");
		assertThat(stored("select count(*) from partnership_callback where name in ('" + name
				+ "', 'Hans 010190-1234')")).isEqualTo("0");
	}

	@Test
	void aFilledHoneypotIsThankedAndNothingIsStored() {
		String name = "Robot " + System.nanoTime();
		send("198.51.100.3", name, "56571234", true, "https://spam.example").hasStatus3xxRedirection().redirectedUrl()
			.isEqualTo("/partnerskaber/ring-mig-op?sendt");
		assertThat(stored("select count(*) from partnership_callback where name = '" + name + "'")).isEqualTo("0");
	}

	@Test
	void theSixthRequestWithinAnHourFromOneAddressIsRefusedWith429() throws Exception {
		String name = "Mange " + System.nanoTime();
		for (int i = 0; i < 5; i++) {
			send("198.51.100.4", name, "56571234", true, "").hasStatus3xxRedirection();
		}
		String refused = body(send("198.51.100.4", name, "56571234", true, "").hasStatus(429));
		assertThat(refused).contains("Der er sendt for mange henvendelser fra din forbindelse inden for en time.");
		assertThat(stored("select count(*) from partnership_callback where name = '" + name + "'")).isEqualTo("5");
		send("198.51.100.5", name, "56571234", true, "").as("another address").hasStatus3xxRedirection();
	}

	@Test
	void theOrganisersAssignAndFinishRequestsOthersSeeNone() throws Exception {
		String queue = body(mvc.get().uri("/partnerskaber/ring-mig-op/koe").with(demo.as("arrangoer@kl.demo")).exchange()
			.assertThat().hasStatusOk());
		assertThat(queue).contains("Louise Berg, Herning").contains("+45 97 12 12 34").contains("Peter Nyholm, Faxe")
			.contains("Susanne Harder").contains("Aase Kjær");
		UUID louise = UUID.fromString(stored("select id from partnership_callback where name = 'Louise Berg'"));
		UUID susanne = demo.person("arrangoer@komponent.demo");

		String other = "arrangoer@stevns.demo";
		assertThat(body(mvc.get().uri("/partnerskaber/ring-mig-op/koe").with(demo.as(other)).exchange().assertThat()
			.hasStatusOk())).doesNotContain("Louise Berg").contains("Der er ingen henvendelser.");
		mvc.post().uri("/partnerskaber/ring-mig-op/koe/" + louise + "/tildel").param("person", susanne.toString())
			.with(demo.as(other)).with(csrf()).exchange().assertThat().hasStatus(404);
		mvc.post().uri("/partnerskaber/ring-mig-op/koe/" + louise + "/udfoert").with(demo.as(other)).with(csrf())
			.exchange().assertThat().hasStatus(404);
		mvc.post().uri("/partnerskaber/ring-mig-op/koe/" + louise + "/tildel")
			.param("person", demo.person("arrangoer@stevns.demo").toString()).with(demo.as("arrangoer@kl.demo"))
			.with(csrf()).exchange().assertThat().as("not a colleague").hasStatus(404);
		assertThat(stored("select coalesce(assigned_to::text, '-') || (done_at is null)::text from partnership_callback "
				+ "where id = '" + louise + "'")).isEqualTo("-true");

		mvc.post().uri("/partnerskaber/ring-mig-op/koe/" + louise + "/tildel").param("person", susanne.toString())
			.with(demo.as("arrangoer@kl.demo")).with(csrf()).exchange().assertThat().hasStatus3xxRedirection();
		assertThat(stored("select assigned_to::text from partnership_callback where id = '" + louise + "'"))
			.isEqualTo(susanne.toString());
		mvc.post().uri("/partnerskaber/ring-mig-op/koe/" + louise + "/udfoert").with(demo.as("arrangoer@komponent.demo"))
			.with(csrf()).exchange().assertThat().hasStatus3xxRedirection();
		assertThat(stored("select (done_at is not null)::text from partnership_callback where id = '" + louise + "'"))
			.isEqualTo("true");
		assertThat(stored("select count(*) from audit_event where table_name = 'partnership_callback' and row_id = '"
				+ louise + "' and actor = 'arrangoer@komponent.demo'")).as("the organiser's change is audited")
			.isEqualTo("1");
	}

	@Test
	void theRetentionJobDeletesRequestsOlderThanThePeriod() {
		UUID old = UUID.randomUUID();
		UUID recent = UUID.randomUUID();
		TenantScope.asSystem("test", () -> {
			for (UUID id : new UUID[] { old, recent }) {
				jdbc.sql("""
						insert into partnership_callback (id, name, caller_municipality_code, phone, topic, consented_at,
						                                  created_at)
						values (:id, 'Gammel', 336, '+4556571234', 'OTHER', now(), now() - make_interval(days => :days))""")
					.param("id", id).param("days", id == old ? requests.retentionDays() + 1 : requests.retentionDays() - 1)
					.update();
			}
		});
		assertThat(requests.deleteExpired()).isGreaterThanOrEqualTo(1);
		assertThat(stored("select count(*) from partnership_callback where id = '" + old + "'")).isEqualTo("0");
		assertThat(stored("select count(*) from partnership_callback where id = '" + recent + "'")).isEqualTo("1");
	}

	private MvcTestResultAssert send(String address, String name, String phone, boolean consent, String honeypot) {
		var request = mvc.post().uri("/partnerskaber/ring-mig-op").with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		}).param("name", name).param("municipality", "336").param("phone", phone).param("topic", "DAYCARE")
			.param("preferredTime", "Formiddag").param("website", honeypot);
		if (consent) {
			request = request.param("consent", "true");
		}
		return request.exchange().assertThat();
	}

	private String stored(String sql) {
		return TenantScope.asSystem("test", () -> jdbc.sql(sql).query(String.class).single());
	}

	private static String body(MvcTestResultAssert result) throws Exception {
		return result.actual().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
