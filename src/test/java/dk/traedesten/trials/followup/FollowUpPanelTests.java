package dk.traedesten.trials.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.traedesten.trials.TrialState;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;

/** The trial page's follow-up section links each page once the trial's state allows it, with where it stands. */
@SpringBootTest
class FollowUpPanelTests {

	@Autowired
	ITemplateEngine templates;

	String panel(TrialState state, UUID trial) {
		MockServletContext servlet = new MockServletContext();
		var exchange = JakartaServletWebApplication.buildApplication(servlet)
			.buildExchange(new MockHttpServletRequest(servlet), new MockHttpServletResponse());
		WebContext context = new WebContext(exchange, Locale.forLanguageTag("da"),
				Map.of("trialId", trial, "state", state));
		return templates.process("trials/followup/panel", Set.of("panel"), context);
	}

	@Test
	void aSelectedTrialLinksOnlyItsAgreement() {
		UUID trial = UUID.randomUUID();
		String html = panel(TrialState.SELECTED, trial);
		assertThat(html).contains("/proevehandlinger/" + trial + "/aftale", "ikke indgået endnu")
			.doesNotContain("/pdsa", "/status");
	}

	@Test
	void aReportedTrialLinksEverythingUpToItsEvaluation() {
		UUID trial = UUID.randomUUID();
		String html = panel(TrialState.STATUS_REPORTED, trial);
		assertThat(html).contains("/aftale", "/pdsa", "/noter", "/status", "/evaluering", "afgivet", "afventer");
	}

	@Test
	void applicationsHaveNoFollowUp() {
		assertThat(panel(TrialState.IN_REVIEW, UUID.randomUUID())).doesNotContain("Opfølgning");
	}
}
