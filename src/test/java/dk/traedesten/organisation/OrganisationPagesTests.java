package dk.traedesten.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class OrganisationPagesTests {

	private static final String LIST = "/organisation/organisationer";

	@Autowired
	MockMvcTester mvc;

	private MvcTestResult create(MockHttpSession session, String name, String kind, String municipalityCode) {
		return mvc.post().uri(LIST + "/ny").param("name", name).param("kind", kind)
			.param("municipalityCode", municipalityCode).session(session).with(csrf()).exchange();
	}

	@Test
	void showsAMunicipalitysAdministratorTheDemoOrganisationsWithoutAnythingToEdit() {
		MockHttpSession session = DemoSignIn.as(mvc, DemoSignIn.STEVNS_ADMINISTRATOR);
		assertThat(mvc.get().uri(LIST).session(session)).hasStatusOk().bodyText()
			.contains("KL", "Kommunernes forening", "Komponent", "Konsulenthus", "Autismeforeningen", "Forening",
					"Den selvejende børnehave Solsikken", "Selvejende institution", "København")
			.doesNotContain("/organisation/organisationer/ny");
		assertThat(mvc.get().uri("/organisation").session(session)).hasStatusOk().bodyText()
			.contains("href=\"/organisation/organisationer\"", "Andre organisationer");
	}

	@Test
	void refusesChangesFromAMunicipalitysAdministrator() {
		MockHttpSession session = DemoSignIn.as(mvc, DemoSignIn.STEVNS_ADMINISTRATOR);
		assertThat(mvc.get().uri(LIST + "/ny").session(session)).hasStatus(403);
		assertThat(create(session, "Stevns Forældreforening", "ASSOCIATION", "")).hasStatus(403);
		assertThat(mvc.get().uri(LIST).session(session)).bodyText().doesNotContain("Stevns Forældreforening");
	}

	@Test
	void letsThePlatformAdministratorAddAndChangeAnOrganisation() {
		MockHttpSession session = DemoSignIn.as(mvc, DemoSignIn.PLATFORM_ADMINISTRATOR);
		MvcTestResult created = create(session, "  Skolelederforeningen ", "ASSOCIATION", "");
		assertThat(created).hasStatus3xxRedirection();
		String page = created.getMvcResult().getResponse().getRedirectedUrl().replace("?gemt", "");
		assertThat(mvc.get().uri(page + "?gemt").session(session)).hasStatusOk().bodyText()
			.contains("Skolelederforeningen", "value=\"ASSOCIATION\" selected", "Ændringerne er gemt.");
		assertThat(mvc.get().uri(page).session(session)).hasStatusOk().bodyText()
			.doesNotContain("Ændringerne er gemt.");

		MvcTestResult changed = mvc.post().uri(page).param("name", "Skolelederforeningen").param("kind", "OTHER")
			.param("municipalityCode", "336").session(session).with(csrf()).exchange();
		assertThat(changed).hasRedirectedUrl(page + "?gemt");
		assertThat(mvc.get().uri(LIST).session(session)).bodyText().contains("Skolelederforeningen", "Stevns");
	}

	@Test
	void asksForANameAndAKindField() {
		MockHttpSession session = DemoSignIn.as(mvc, DemoSignIn.PLATFORM_ADMINISTRATOR);
		assertThat(create(session, " ", "", "")).hasStatusOk().bodyText()
			.contains("Der er fejl i formularen", "Skriv organisationens navn.",
					"Vælg, hvilken type organisation det er.", "form-group form-error");
	}

	@Test
	void refusesASecondOrganisationWithTheSameNameWhateverItsCase() {
		MockHttpSession session = DemoSignIn.as(mvc, DemoSignIn.PLATFORM_ADMINISTRATOR);
		assertThat(create(session, "kl", "OTHER", "")).hasStatusOk().bodyText()
			.contains("Der findes allerede en organisation med det navn.");
		assertThat(create(session, "Komponent", "CONSULTANCY", "")).hasStatusOk().bodyText()
			.contains("Der findes allerede en organisation med det navn.");
	}

	@Test
	void refusesAnUnknownHomeMunicipalityAndSpeaksEnglishWhenAsked() {
		MockHttpSession session = DemoSignIn.as(mvc, DemoSignIn.PLATFORM_ADMINISTRATOR);
		MvcTestResult result = mvc.post().uri(LIST + "/ny").param("name", "Ny forening").param("kind", "ASSOCIATION")
			.param("municipalityCode", "999").param("lang", "en").session(session).with(csrf()).exchange();
		assertThat(result).hasStatusOk().bodyText().contains("Choose a municipality from the list.");
	}
}
