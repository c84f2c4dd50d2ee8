package dk.traedesten.events.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;

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

/**
 * Autismeforeningen's secretary on the demo summit's registration page (decision 0019): the association's own rounds
 * and running invoice per person, a new round registered through the form, and nothing of it shown to a municipality.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationRegistrationPageTests {

	static final String REGISTRATION = "/arrangementer/boern-unge-topmoede-2021/tilmelding";

	static final String SECRETARY = "kontakt@autismeforeningen.demo";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	DemoData demo;

	@BeforeEach
	void lookUp() {
		demo = new DemoData(jdbc, accounts);
	}

	@Test
	void theAssociationSeesItsOwnRoundsAndRunningInvoiceAndRegistersAnotherRound() throws Exception {
		String page = page(SECRETARY);
		assertThat(page).contains("Løbende faktura for Autismeforeningen").contains("Emil Lund")
			.doesNotContain("Mette Holm").contains("Rabat (10 %)");

		mvc.post().uri(REGISTRATION + "/runde").with(demo.as(SECRETARY)).with(csrf())
			.param("people[0].name", "Nanna Vinther").param("people[0].email", "nanna.vinther@autismeforeningen.demo")
			.param("people[0].jobTitle", "Frivillig")
			.exchange().assertThat().hasStatus3xxRedirection();

		assertThat(page(SECRETARY)).contains("Nanna Vinther");
		assertThat(TenantScope.asSystem("test", () -> jdbc.sql("""
				select count(*) from event_participant p join organisation o on o.id = p.organisation_id
				where o.name = 'Autismeforeningen' and p.email = 'nanna.vinther@autismeforeningen.demo'
				and p.municipality_code is null""").query(Integer.class).single())).isEqualTo(1);
		assertThat(page("koordinator@stevns.demo")).doesNotContain("Nanna Vinther").doesNotContain("Emil Lund");
	}

	private String page(String email) throws Exception {
		return mvc.get().uri(REGISTRATION).with(demo.as(email)).exchange().assertThat().hasStatusOk().actual()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
