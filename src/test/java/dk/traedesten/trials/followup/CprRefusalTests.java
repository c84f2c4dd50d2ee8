package dk.traedesten.trials.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;

import dk.traedesten.TestNames;
import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.DemoData;
import dk.traedesten.trials.TrialState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A CPR number in any free-text field of the follow-up is refused with the Danish error by its field, and is
 * neither stored (no row, not in the audit trail) nor logged.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class CprRefusalTests {

	static final String CPR = "0707614285";

	static final String CPR_WITH_DASH = "070761-4285";

	static final String REFUSED = "ser ud til at indeholde et CPR-nummer";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	DemoData demo;

	FollowUpFixture fixture;

	UUID trial;

	@BeforeEach
	void setUp() {
		demo = new DemoData(jdbc, accounts);
		fixture = new FollowUpFixture(jdbc);
		trial = fixture.trial(TrialState.RUNNING);
	}

	@Test
	void aNoteWithACprNumberIsRefusedByItsFieldAndNeverStoredOrLogged(CapturedOutput output) {
		assertThat(mvc.post().uri("/proevehandlinger/" + trial + "/noter").with(demo.as(FollowUpFixture.PARTICIPANT))
			.with(csrf()).param("kind", "CHILD_STATEMENT").param("childGroup", "GRADES_4_6").param("notedOn", "2026-10-01")
			.param("text", "Drengen med cpr " + CPR_WITH_DASH + " sagde, at han var glad"))
			.hasStatusOk().bodyText().contains(REFUSED, "id=\"text-error\"");
		assertThat(fixture.count("trial_note", trial)).isZero();
		assertNowhere(output, CPR_WITH_DASH);
	}

	@Test
	void everyPdsaFieldRefusesACprNumber(CapturedOutput output) {
		for (String field : new String[] { "prediction", "who", "what", "when", "where", "dataPlan" }) {
			assertThat(mvc.post().uri("/proevehandlinger/" + trial + "/pdsa").with(demo.as(FollowUpFixture.PARTICIPANT))
				.with(csrf()).param("objective", "Formål").param(field, "Barnet " + CPR))
				.as(field).hasStatusOk().bodyText().contains(REFUSED, "id=\"" + field + "-error\"");
		}
		assertThat(mvc.post().uri("/proevehandlinger/" + trial + "/pdsa").with(demo.as(FollowUpFixture.PARTICIPANT))
			.with(csrf()).param("objective", "Barnet " + CPR)).hasStatusOk().bodyText()
			.contains(REFUSED, "id=\"objective-error\"");
		assertThat(fixture.count("pdsa_cycle", trial)).isZero();
		UUID running = fixture.runningTrial("CPR-test " + TestNames.unique());
		String cycle = "/proevehandlinger/" + running + "/pdsa/" + fixture.firstCycle(running);
		for (String field : new String[] { "done", "study", "act" }) {
			assertThat(mvc.post().uri(cycle).with(demo.as(FollowUpFixture.PARTICIPANT)).with(csrf())
				.param("objective", "Formål").param(field, "Barnet " + CPR_WITH_DASH))
				.as(field).hasStatusOk().bodyText().contains(REFUSED, "id=\"" + field + "-error\"");
		}
		String stored = TenantScope.asSystem("test", () -> jdbc.sql("select p::text from pdsa_cycle p where trial_id = :trial")
			.param("trial", running).query(String.class).single());
		assertThat(stored).doesNotContain(CPR, CPR_WITH_DASH).contains("Fælles frikvarter");
		assertNowhere(output, CPR);
		assertNowhere(output, CPR_WITH_DASH);
	}

	@Test
	void aStatusReportDraftWithACprNumberIsRefused(CapturedOutput output) {
		assertThat(mvc.post().uri("/proevehandlinger/" + trial + "/status").with(demo.as(FollowUpFixture.PARTICIPANT))
			.with(csrf()).param("effects[FRIENDSHIPS].description", "Fx " + CPR_WITH_DASH))
			.hasStatusOk().bodyText().contains(REFUSED);
		assertThat(fixture.count("trial_report", trial)).isZero();
		assertNowhere(output, CPR_WITH_DASH);
	}

	@Test
	void theAgreementNotesRefuseACprNumber(CapturedOutput output) {
		UUID selected = fixture.trial(TrialState.SELECTED);
		assertThat(mvc.post().uri("/proevehandlinger/" + selected + "/aftale").with(demo.as(FollowUpFixture.COORDINATOR))
			.with(csrf()).param("startsOn", "2026-08-01").param("notes", "Kontakt " + CPR)
			.param("plan[0].what", "Fravær").param("plan[0].how", "Elevintra").param("plan[0].timing", "Månedligt")
			.param("plan[0].responsible", "Sekretær " + CPR_WITH_DASH))
			.hasStatusOk().bodyText().contains(REFUSED, "id=\"notes-error\"", "id=\"plan[0].responsible-error\"");
		assertThat(fixture.count("trial_agreement", selected)).isZero();
		assertThat(fixture.state(selected)).isEqualTo("SELECTED");
		assertNowhere(output, CPR);
	}

	private void assertNowhere(CapturedOutput output, String cpr) {
		assertThat(output.getAll()).doesNotContain(cpr);
		String audit = TenantScope.asSystem("test", () -> jdbc.sql("select coalesce(string_agg(a::text, ''), '') from audit_event a")
			.query(String.class).single());
		assertThat(audit).doesNotContain(cpr);
	}
}
