package dk.traedesten.partnerships.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dk.traedesten.partnerships.Partnerships;
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
 * Seed 001 on the real database: the public page, a municipality joining and naming one chief and up to four
 * employees (a fifth or a second chief refused in Danish, nothing saved), names changed, another municipality kept
 * out of Stevns' membership, and the organisers' overview with its counts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnershipTests {

	private static final String HERNING_ADMIN = "admin@herning.demo";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Partnerships partnerships;

	DemoData demo;

	@BeforeEach
	void lookUpTheFixture() {
		demo = new DemoData(jdbc, accounts);
	}

	@Test
	void thePublicPageTellsSeed001() throws Exception {
		String body = mvc.get().uri("/partnerskaber").exchange().assertThat().hasStatusOk().actual().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("Partnerskab om inkluderende almene børnefællesskaber og specialtilbud i dagtilbud")
			.contains("Partnerskab om inkluderende almene børnefællesskaber og specialtilbud i skolen")
			.contains("Udgivet den 1. juli 2022").contains("0-15-årsområdet")
			.contains("4 netværksdage med deltagelse af en chef og op til 4 medarbejdere")
			.contains("Partnerskabet drives af KL og Komponent.").contains("tredobbelt bundlinje")
			.contains("/partnerskaber/ring-mig-op").contains("/partnerskaber/kommune");
		assertThat(body.split("Netværksdag \\d: ", -1)).as("four network days in each partnership").hasSize(9);
		assertThat(body).contains("partnerskab-dagtilbud-netvaerksdag-4").contains("partnerskab-skole-netvaerksdag-1")
			.contains("KL-huset, Weidekampsgade 10");
		assertThat(mvc.get().uri("/arrangementer/partnerskab-skole-netvaerksdag-1")).as("a published network day")
			.hasStatusOk();
	}

	@Test
	void aMunicipalityJoinsAndNamesOneChiefAndUpToFourEmployees() throws Exception {
		TenantScope.asSystem("test", () -> jdbc.sql("delete from partnership_membership where municipality_code = 657")
			.update());
		(post("/partnerskaber/skole/personer/ny", HERNING_ADMIN, "role", "CHIEF", "name", "Før tilmelding"))
			.as("not joined yet").hasStatus(404);
		(post("/partnerskaber/skole/tilmeld", HERNING_ADMIN)).hasStatus3xxRedirection();
		(post("/partnerskaber/skole/tilmeld", HERNING_ADMIN)).as("joining twice changes nothing")
			.hasStatus3xxRedirection();
		(post("/partnerskaber/skole/personer/ny", HERNING_ADMIN, "role", "CHIEF", "name", "Hanne Lyng",
				"jobTitle", "Skolechef", "days", "1", "days", "2", "days", "3", "days", "4"))
			.hasStatus3xxRedirection();
		for (int i = 1; i <= 4; i++) {
			(post("/partnerskaber/skole/personer/ny", HERNING_ADMIN, "role", "EMPLOYEE", "name",
					"Medarbejder " + i, "days", "1")).hasStatus3xxRedirection();
		}
		String fifth = body(post("/partnerskaber/skole/personer/ny", HERNING_ADMIN, "role", "EMPLOYEE", "name",
				"Medarbejder 5").hasStatusOk());
		assertThat(fifth).contains("Kommunen har allerede fire medarbejdere i partnerskabet.")
			.contains("value=\"Medarbejder 5\"");
		String secondChief = body(post("/partnerskaber/skole/personer/ny", HERNING_ADMIN, "role", "CHIEF", "name",
				"Anden chef").hasStatusOk());
		assertThat(secondChief).contains("Kommunen har allerede en chef i partnerskabet.");
		assertThat(count("select count(*) from partnership_member where municipality_code = 657")).isEqualTo(5);

		UUID employee = id("select id from partnership_member where name = 'Medarbejder 1' and municipality_code = 657");
		(post("/partnerskaber/skole/personer/" + employee, HERNING_ADMIN, "role", "EMPLOYEE", "name",
				"Signe Lauritsen", "days", "2", "days", "4")).hasStatus3xxRedirection();
		assertThat(TenantScope.asTenant(657, "test", () -> partnerships.membership("skole", 657)).orElseThrow().members())
			.anySatisfy(member -> {
				assertThat(member.name()).isEqualTo("Signe Lauritsen");
				assertThat(member.networkDays()).containsExactlyInAnyOrder(2, 4);
			});
		assertThat(body(post("/partnerskaber/skole/personer/" + employee, HERNING_ADMIN, "role", "CHIEF", "name",
				"Signe Lauritsen").hasStatusOk())).as("an employee made a second chief")
			.contains("Kommunen har allerede en chef i partnerskabet.");
		assertThat(body(post("/partnerskaber/skole/personer/ny", HERNING_ADMIN, "role", "", "name", "").hasStatusOk()))
			.contains("Vælg om personen er chef eller medarbejder.").contains("Skriv personens navn.");
		assertThat(count("select count(*) from partnership_member where municipality_code = 657")).isEqualTo(5);
		String own = body(mvc.get().uri("/partnerskaber/kommune").with(demo.as(HERNING_ADMIN)).exchange().assertThat()
			.hasStatusOk());
		assertThat(own).contains("Signe Lauritsen").contains("Hanne Lyng").doesNotContain("Birgitte Friis");
	}

	@Test
	void anotherMunicipalityNeitherSeesNorChangesStevnsMembership() throws Exception {
		UUID stevnsChief = id("select id from partnership_member where name = 'Birgitte Friis'");
		String intruder = "admin@kk.demo";
		String own = body(mvc.get().uri("/partnerskaber/kommune").with(demo.as(intruder)).exchange().assertThat()
			.hasStatusOk());
		assertThat(own).contains("Jonas Vinther").doesNotContain("Birgitte Friis").doesNotContain("Mette Holm");
		assertThat(mvc.get().uri("/partnerskaber/dagtilbud/personer/" + stevnsChief).with(demo.as(intruder)))
			.hasStatus(404);
		(post("/partnerskaber/dagtilbud/personer/" + stevnsChief, intruder, "role", "CHIEF", "name",
				"Overtaget")).hasStatus(404);
		(post("/partnerskaber/dagtilbud/personer/" + stevnsChief + "/fjern", intruder)).hasStatus(404);
		assertThat(mvc.get().uri("/partnerskaber/skole/personer/ny").with(demo.as(intruder)))
			.as("København has not joined the school partnership").hasStatus(404);
		assertThat(TenantScope.asTenant(101, "test", () -> partnerships.membership("dagtilbud", 336))).isEmpty();
		assertThat(TenantScope.asTenant(101, "test", () -> jdbc.sql(
				"update partnership_member set name = 'Overtaget' where id = :id").param("id", stevnsChief).update()))
			.as("row-level security itself").isZero();
		assertThat(id("select id from partnership_member where name = 'Birgitte Friis'")).isEqualTo(stevnsChief);
	}

	@Test
	void theOrganisersSeeMunicipalitiesPeopleAndAttendance() throws Exception {
		for (String organiser : new String[] { "arrangoer@kl.demo", "arrangoer@komponent.demo" }) {
			String page = body(mvc.get().uri("/partnerskaber/oversigt").with(demo.as(organiser)).exchange().assertThat()
				.hasStatusOk());
			String daycare = page.substring(page.indexOf("i dagtilbud</h2>"), page.indexOf("i skolen</h2>"));
			assertThat(daycare).as(organiser).contains("2 kommuner med 8 personer i alt.").contains("Stevns")
				.contains("København");
			assertThat(cells(daycare)).as("Stevns: 1 chief, 4 employees; København: 1 chief, 2; then the totals")
				.contains("1|4|5|4|5|4|4").contains("1|2|3|3|3|3|2").contains("2|6|8|7|8|7|6");
		}
		assertThat(body(mvc.get().uri("/partnerskaber/oversigt").with(demo.as("arrangoer@stevns.demo")).exchange()
			.assertThat().hasStatusOk())).contains("Du arrangerer ingen partnerskaber.").doesNotContain("Birgitte");
	}

	private static String cells(String html) {
		return html.replaceAll("(?s)<td class=\"text-align-right\">(\\d+)</td>\\s*", "$1|");
	}

	private MvcTestResultAssert post(String uri, String email, String... params) {
		var request = mvc.post().uri(uri).with(demo.as(email)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange().assertThat();
	}

	private static String body(MvcTestResultAssert result) throws Exception {
		return result.actual().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private long count(String sql) {
		return TenantScope.asSystem("test", () -> jdbc.sql(sql).query(Long.class).single());
	}

	private UUID id(String sql) {
		return TenantScope.asSystem("test", () -> jdbc.sql(sql).query(UUID.class).single());
	}
}
