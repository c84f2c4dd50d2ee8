package dk.traedesten.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.traedesten.security.DemoData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class StrategyReadingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	DemoData demo;

	@BeforeEach
	void lookUpTheFixture() {
		demo = new DemoData(jdbc, accounts);
	}

	@Test
	void showsStaffTheWholeStrategyWithoutAnythingToEdit() {
		assertThat(mvc.get().uri("/strategi").with(demo.as("medarbejder@stevns.demo"))).hasStatusOk().bodyText()
			.contains("<h1>Sammen MED børnene</h1>", "30. august 2023", "Modellen: Kvintetmodellen",
					"Bærende element", "Centerelement", "Pejlinger", "Prøvehandlinger og øvebaner",
					"Vi er sammen om at lykkes og øver os i fællesskab; både børn, forældre og fagpersoner",
					"Udvikling af sam-praksis / co-teaching", "Tidsplan", "Efterår 2023 og forår 2024", "Årshjul",
					"Udbrede og implementere", "Kommunikationsplan", "<th scope=\"col\">Målgruppe</th>",
					"Onboarding af nye medarbejdere", "Ansvarlig: Nærmeste leder")
			.doesNotContain("/rediger", "/elementer", "Opret", "Ret tidsplanen");
	}

	@Test
	void marksTheCurrentMilestoneNuInWordsAndForScreenReaders() throws Exception {
		String page = mvc.get().uri("/strategi").with(demo.as("leder@stevns.demo")).exchange().getResponse()
			.getContentAsString();
		// The clock is today's: from August 2025 the catalogue is revised every year, so that milestone runs on.
		assertThat(page).containsOnlyOnce("aria-current=\"step\"").containsOnlyOnce(">Nu</span>");
		int current = page.indexOf("aria-current=\"step\"");
		assertThat(page.substring(current, page.indexOf("</li>", current))).contains("August 2025", "Nu");
	}

	@Test
	void showsTheCoordinatorTheWayIntoEveryEditingPage() {
		assertThat(mvc.get().uri("/strategi").with(demo.as("koordinator@stevns.demo"))).hasStatusOk().bodyText()
			.contains("/rediger\"", "/elementer\"", "/tidsplan\"", "/aarshjul\"", "/kommunikation\"", "/onboarding\"",
					"Opret en ny strategi");
	}

	@Test
	void speaksEnglishWhenAsked() {
		assertThat(mvc.get().uri("/strategi?lang=en").with(demo.as("medarbejder@stevns.demo"))).hasStatusOk()
			.bodyText().contains("The model: Kvintetmodellen", "Bearing element", "Centre element", "Guiding points",
					"Communication plan", "30 August 2023");
	}

	@Test
	void explainsTheEmptyStateToAMunicipalityWithoutAStrategy() {
		assertThat(mvc.get().uri("/strategi").with(demo.as("admin@herning.demo"))).hasStatusOk().bodyText()
			.contains("Kommunen har endnu ikke lagt sin inklusionsstrategi ind i Trædesten.",
					"Kommunens strategikoordinator lægger strategien ind.")
			.doesNotContain("Start fra kvintetmodellen", "/strategi/ny");
	}

	@Test
	void refusesThePlatformAdministratorWhoHasNoMunicipality() {
		assertThat(mvc.get().uri("/strategi").with(demo.as("platform@traedesten.demo"))).hasStatus(403);
	}

	@Test
	void answersNotFoundForAStrategyThatDoesNotExist() {
		assertThat(mvc.get().uri("/strategi/" + java.util.UUID.randomUUID()).with(demo.as("medarbejder@stevns.demo")))
			.hasStatus(404);
	}
}
