package dk.traedesten.trials.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.UUID;

import dk.traedesten.TestNames;
import dk.traedesten.security.DemoData;
import dk.traedesten.trials.TrialState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The follow-up path through the pages: agreement, start, PDSA cycle, note, status report, its PDF, evaluation, close. */
@SpringBootTest
@AutoConfigureMockMvc
class FollowUpPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	DemoData demo;

	FollowUpFixture fixture;

	@BeforeEach
	void setUp() {
		demo = new DemoData(jdbc, accounts);
		fixture = new FollowUpFixture(jdbc);
	}

	@Test
	void aSelectedTrialIsFollowedFromAgreementToItsClosingDecision() {
		UUID trial = fixture.trial(TrialState.SELECTED, "Frikvartersvenner " + TestNames.unique(), LocalDate.now());
		String base = "/proevehandlinger/" + trial;
		assertThat(mvc.get().uri(base + "/aftale").with(demo.as(FollowUpFixture.COORDINATOR))).hasStatusOk()
			.bodyText().contains("Dataindsamlingsplan");
		assertThat(mvc.post().uri(base + "/aftale").with(demo.as(FollowUpFixture.COORDINATOR)).with(csrf())
			.param("startsOn", "2026-08-10").param("plan[0].what", "Trivsel").param("plan[0].how", "Trivselsmåling")
			.param("plan[0].timing", "Hver måned").param("plan[0].responsible", "Klasselæreren"))
			.hasStatus3xxRedirection();
		assertThat(fixture.state(trial)).isEqualTo("AGREEMENT_MADE");
		assertThat(mvc.get().uri(base + "/aftale?gemt").with(demo.as(FollowUpFixture.COORDINATOR))).bodyText()
			.contains("Aftalen er indgået.").doesNotContain("Prøvehandlingen er startet.");
		assertThat(mvc.get().uri(base + "/aftale").with(demo.as(FollowUpFixture.COORDINATOR))).bodyText()
			.doesNotContain("Aftalen er indgået.");
		assertThat(mvc.post().uri(base + "/aftale/start").with(demo.as(FollowUpFixture.PARTICIPANT)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(fixture.state(trial)).isEqualTo("RUNNING");
		MvcTestResult created = mvc.post().uri(base + "/pdsa").with(demo.as(FollowUpFixture.PARTICIPANT)).with(csrf())
			.param("objective", "Flere børn leger på tværs").param("prediction", "Halvdelen leger med en ny").exchange();
		assertThat(created).hasStatus3xxRedirection();
		String cycle = created.getResponse().getRedirectedUrl().replaceAll("\\?.*", "");
		// th:field writes form values with named entities (b&oslash;rn), so the check uses the plain part.
		assertThat(mvc.get().uri(cycle).with(demo.as(FollowUpFixture.PARTICIPANT))).hasStatusOk().bodyText()
			.contains("PDSA-cyklus 1", ">Flere b");
		assertThat(mvc.post().uri(cycle + "/naeste").with(demo.as(FollowUpFixture.PARTICIPANT)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri(base + "/pdsa").with(demo.as(FollowUpFixture.COMMITTEE))).hasStatusOk().bodyText()
			.contains("Flere børn leger på tværs");
		assertThat(mvc.post().uri(base + "/noter").with(demo.as(FollowUpFixture.PARTICIPANT)).with(csrf())
			.param("kind", "CHILD_STATEMENT").param("text", "Nu har jeg nogen at lege med").param("childGroup", "GRADES_0_3")
			.param("notedOn", "2026-09-01")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri(base + "/noter").with(demo.as(FollowUpFixture.PARTICIPANT))).hasStatusOk().bodyText()
			.contains("Nu har jeg nogen at lege med", "0.–3. klasse");
		assertThat(mvc.post().uri(base + "/status").with(demo.as(FollowUpFixture.PARTICIPANT)).with(csrf())
			.param("summary", "Kladde")).hasStatus3xxRedirection();
		assertThat(mvc.post().uri(base + "/status").with(demo.as(FollowUpFixture.PARTICIPANT)).with(csrf())
			.param("submit", "1").param("summary", "")).hasStatusOk().bodyText().contains("Udfyld feltet");
		assertThat(submitReport(base + "/status", false)).hasStatus3xxRedirection();
		assertThat(fixture.state(trial)).isEqualTo("STATUS_REPORTED");
		MvcTestResult pdf = mvc.get().uri(base + "/status.pdf").with(demo.as(FollowUpFixture.COMMITTEE)).exchange();
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		assertThat(PdfText.of(pdf.getResponse().getContentAsByteArray())).contains("Børnene leger mere på tværs",
				"Statusrapport", "Bæredygtighed", "Overførbarhed");
		PdfText.keepForLooking("status", pdf.getResponse().getContentAsByteArray());
		assertThat(submitReport(base + "/evaluering", true)).hasStatus3xxRedirection();
		assertThat(fixture.state(trial)).isEqualTo("EVALUATED");
		assertThat(mvc.post().uri(base + "/evaluering/afslut").with(demo.as(FollowUpFixture.PARTICIPANT)).with(csrf())
			.param("decision", "SPREAD")).hasStatus(403);
		assertThat(mvc.post().uri(base + "/evaluering/afslut").with(demo.as(FollowUpFixture.COORDINATOR)).with(csrf())
			.param("decision", "SPREAD").param("reason", "Klar til kataloget")).hasStatus3xxRedirection();
		assertThat(fixture.state(trial)).isEqualTo("CLOSED");
		assertThat(mvc.get().uri(base + "/evaluering").with(demo.as(FollowUpFixture.COORDINATOR))).hasStatusOk()
			.bodyText().contains("Udbredes");
		MvcTestResult evaluation = mvc.get().uri(base + "/evaluering.pdf").with(demo.as(FollowUpFixture.UNIT_LEADER))
			.exchange();
		assertThat(evaluation).hasStatusOk().hasContentType("application/pdf");
		assertThat(PdfText.of(evaluation.getResponse().getContentAsByteArray())).contains("Evaluering",
				"Virker og kan overføres", "Udbredes (til metode- og indsatskataloget)");
		PdfText.keepForLooking("evaluation", evaluation.getResponse().getContentAsByteArray());
	}

	private MvcTestResult submitReport(String uri, boolean evaluation) {
		var request = mvc.post().uri(uri).with(demo.as(FollowUpFixture.PARTICIPANT)).with(csrf()).param("submit", "1")
			.param("summary", "Børnene leger mere på tværs af årgange, og færre står alene.")
			.param("sustainability", "Kan fortsætte").param("sustainabilityRating", "4")
			.param("durability", "Holder indtil videre").param("durabilityRating", "3")
			.param("transferability", "Kan bruges på andre skoler").param("transferabilityRating", "4")
			.param("effects[WELL_BEING].direction", "IMPROVED").param("effects[WELL_BEING].description", "Trivsel op")
			.param("effects[ABSENCE].direction", "UNCHANGED").param("effects[FRIENDSHIPS].direction", "IMPROVED")
			.param("effects[ACADEMIC].direction", "NOT_MEASURED");
		if (evaluation) {
			request = request.param("decision", "SPREAD").param("decisionReason", "Virker og kan overføres");
		}
		return request.exchange();
	}
}
