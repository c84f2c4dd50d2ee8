package dk.traedesten.trials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;

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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The application's pages without a browser: the steps, the trial page, the errors by their fields, selection. */
@SpringBootTest
@AutoConfigureMockMvc
class TrialPagesTests {

	static final String STAFF = "medarbejder@stevns.demo";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	TrialCalls calls;

	DemoData demo;

	UUID openCall;

	@BeforeEach
	void fixture() {
		demo = new DemoData(jdbc, accounts);
		openCall = TenantScope.asTenant(336, "test",
				() -> calls.all().stream().filter(c -> c.openOn(calls.today())).findFirst().orElseThrow().id());
	}

	UUID startDraft(String title) {
		MvcTestResult created = mvc.post().uri("/proevehandlinger/ny?runde=" + openCall).param("title", title)
			.with(demo.as(STAFF)).with(csrf()).exchange();
		assertThat(created).hasStatus3xxRedirection();
		String target = created.getResponse().getRedirectedUrl();
		assertThat(target).endsWith("/ansoegning/indsats");
		return UUID.fromString(target.split("/")[2]);
	}

	@Test
	void everyStepOfTheFormShowsAndSavesTheDraft() {
		UUID id = startDraft("Sprogleg i 0. klasse");
		for (String step : new String[] { "indsats", "deltagere", "kvintetmodellen", "barnets-perspektiv",
				"forbedringsmodellen", "effekt-og-ressourcer", "godkendelse" }) {
			assertThat(mvc.get().uri("/proevehandlinger/" + id + "/ansoegning/" + step).with(demo.as(STAFF)))
				.hasStatusOk().bodyText().contains("Sprogleg i 0. klasse", "Ansøgningens trin");
		}
		assertThat(mvc.post().uri("/proevehandlinger/" + id + "/ansoegning/indsats").param("title", "Sprogleg i 0. klasse")
			.param("intervention", "Sprogleg hver morgen").param("problem", "Sproget halter").param("ageFrom", "5")
			.param("ageTo", "7").param("unitKinds", "SCHOOL").param("childCount", "20").param("action", "next")
			.with(demo.as(STAFF)).with(csrf())).hasRedirectedUrl("/proevehandlinger/" + id + "/ansoegning/deltagere");
		assertThat(mvc.post().uri("/proevehandlinger/" + id + "/ansoegning/forbedringsmodellen").param("aim", "Mere sprog")
			.param("measures[0].name", "Ordforråd").param("measures[0].outcome", "ACADEMIC")
			.param("measures[0].baselinePlan", "Sprogvurdering før start").param("action", "add-row")
			.with(demo.as(STAFF)).with(csrf())).hasStatusOk().bodyText()
			.contains("measures3-name", "value=\"Ordforråd\"");
		assertThat(mvc.get().uri("/proevehandlinger/" + id).with(demo.as(STAFF))).hasStatusOk().bodyText()
			.contains("Sprogleg hver morgen", "Ordforråd", "Kladde");
	}

	@Test
	void aCprNumberIsRefusedNextToItsFieldAndNotStored() {
		UUID id = startDraft("CPR-prøve på siden");
		assertThat(mvc.post().uri("/proevehandlinger/" + id + "/ansoegning/barnets-perspektiv")
			.param("childPerspective", "Vi taler med 0102031234 hver uge").with(demo.as(STAFF)).with(csrf()))
			.hasStatusOk().bodyText().contains("ser ud til at indeholde et CPR-nummer", "childPerspective-error");
		assertThat(mvc.get().uri("/proevehandlinger/" + id).with(demo.as(STAFF))).bodyText()
			.doesNotContain("0102031234");
	}

	@Test
	void anIneligibleApplicationShowsEachDanishErrorByItsFieldAndCanBeReopened() {
		UUID id = startDraft("Ufærdig ansøgning");
		assertThat(mvc.post().uri("/proevehandlinger/" + id + "/indsend").with(demo.as(STAFF)).with(csrf()))
			.hasRedirectedUrl("/proevehandlinger/" + id + "?indsendt");
		assertThat(mvc.get().uri("/proevehandlinger/" + id).with(demo.as(STAFF))).hasStatusOk().bodyText()
			.contains("Opfylder ikke kriterierne", "Mindst to forskellige enheder", "Skriv målet",
					"Beskriv, hvordan barnets perspektiv", "Beskriv, hvordan prøvehandlingen arbejder med dette bærende element",
					"En leder fra hver deltagende enhed");
		assertThat(mvc.post().uri("/proevehandlinger/" + id + "/indsend").with(demo.as(STAFF)).with(csrf()))
			.hasStatus(409).bodyText().contains("er ikke mulig, når prøvehandlingen har status");
		assertThat(mvc.post().uri("/proevehandlinger/" + id + "/genaabn").with(demo.as(STAFF)).with(csrf()))
			.hasRedirectedUrl("/proevehandlinger/" + id + "?genaabnet");
		assertThat(mvc.get().uri("/proevehandlinger/" + id + "/ansoegning/forbedringsmodellen").with(demo.as(STAFF)))
			.hasStatusOk().bodyText().contains("aim-error", "Skriv målet");
	}

	@Test
	void aCoApplicantUnitIsInvitedAndConfirmedByItsPsychologist() {
		UUID id = startDraft("Co-teaching med PPR på siden");
		UUID ppr = demo.unit("PPR Stevns");
		assertThat(mvc.post().uri("/proevehandlinger/" + id + "/enheder").param("unitId", ppr.toString())
			.param("contribution", "Sparring hver uge").with(demo.as(STAFF)).with(csrf()))
			.hasRedirectedUrl("/proevehandlinger/" + id + "/ansoegning/deltagere?enhed-tilfoejet");
		assertThat(mvc.get().uri("/proevehandlinger/" + id).with(demo.as("psykolog@stevns.demo"))).hasStatusOk()
			.bodyText().contains("Bekræft, at PPR Stevns deltager");
		assertThat(mvc.post().uri("/proevehandlinger/" + id + "/enheder/" + ppr + "/bekraeft")
			.with(demo.as("psykolog@stevns.demo")).with(csrf())).hasRedirectedUrl("/proevehandlinger/" + id + "?bekraeftet");
		assertThat(mvc.get().uri("/proevehandlinger/" + id).with(demo.as(STAFF))).bodyText()
			.contains("Bekræftet af Ahmad Rahimi");
	}

	@Test
	void theCoordinatorSeesTheCountAgainstTheTargetAndMustGiveAReason() {
		UUID past = TrialRoutesFixture.pastCall(jdbc);
		assertThat(mvc.get().uri("/proevehandlinger/ansoegningsrunder/" + past + "/udvaelgelse")
			.with(demo.as("koordinator@stevns.demo"))).hasStatusOk().bodyText().containsPattern("\\d+ af 20 udvalgt");
		UUID inReview = TenantScope.asSystem("test", () -> jdbc.sql(
				"select id from trial where call_id = :c and state = 'IN_REVIEW' order by title limit 1").param("c", past)
			.query(UUID.class).single());
		assertThat(mvc.post().uri("/proevehandlinger/" + inReview + "/udvaelgelse").param("decision", "NOT_SELECT")
			.param("reason", " ").with(demo.as("koordinator@stevns.demo")).with(csrf())).hasStatusOk().bodyText()
			.contains("Skriv en begrundelse");
	}

	@Test
	void staffSeeTheAnnouncementWithTheCriteriaAndAStartButtonWhileTheCallIsOpen() {
		assertThat(mvc.get().uri("/proevehandlinger/ansoegningsrunder/" + openCall).with(demo.as(STAFF))).hasStatusOk()
			.bodyText().contains("Start en ansøgning", "Kriterierne", "Mindst 2 forskellige enheder", "Bærende element");
		assertThat(mvc.get().uri("/proevehandlinger/ansoegningsrunder/" + TrialRoutesFixture.pastCall(jdbc))
			.with(demo.as(STAFF))).hasStatusOk().bodyText().doesNotContain("Start en ansøgning");
	}
}
