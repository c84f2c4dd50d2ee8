package dk.traedesten.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People of an organisation outside the municipalities, here KL's demo organiser: they see themselves and what
 * their organisation organises, never a municipality's people or pages (V025, decision 0009).
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationPeopleTests {

	private static final String KL_ORGANISER = "arrangoer@kl.demo";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	TransactionTemplate transactions;

	DemoData demo;

	@BeforeEach
	void lookUpTheFixture() {
		demo = new DemoData(jdbc, accounts);
	}

	@Test
	void klsOrganiserSeesTheirProfileUnderKlAndRunsKlsSummitsInvoicing() throws Exception {
		String profile = page("/profil");
		assertThat(profile).contains("Aase Kjær").contains("KL</span>").doesNotContain("platformsadministration");

		assertThat(page("/arrangementer/boern-unge-topmoede-2021/fakturaer")).contains("Stevns").contains("København");
	}

	@Test
	void theSummitsPageLeadsKlsOrganiserToTheOrganisersPagesAndNobodyElse() throws Exception {
		String summit = "/arrangementer/boern-unge-topmoede-2021";
		assertThat(page(summit)).contains("For arrangøren").contains("href=\"" + summit + "/fakturaer\"");
		String asStevnsOrganiser = mvc.get().uri(summit).with(demo.as("arrangoer@stevns.demo")).exchange().assertThat()
			.hasStatusOk().actual().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(asStevnsOrganiser).doesNotContain("For arrangøren").doesNotContain(summit + "/fakturaer");
	}

	@Test
	void klsOrganiserReadsNobodyButThemselves() {
		// The session's connection: no tenant, the organiser as the actor (what TenantAwareDataSource sets).
		long[] seen = transactions.execute(status -> {
			jdbc.sql("select set_config('traedesten.actor', :actor, true)").param("actor", KL_ORGANISER)
				.query(String.class).single();
			return new long[] { count("person"), count("account"), count("membership") };
		});

		assertThat(seen).containsExactly(1, 1, 1);
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	void klsOrganiserHasNoMenuOfTenantPages() throws Exception {
		assertThat(page("/")).doesNotContain("href=\"/proevehandlinger\"").doesNotContain("href=\"/strategi\"")
			.contains("href=\"/arrangementer\"");
	}

	private String page(String uri) throws Exception {
		return mvc.get().uri(uri).with(demo.as(KL_ORGANISER)).exchange().assertThat().hasStatusOk().actual()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
