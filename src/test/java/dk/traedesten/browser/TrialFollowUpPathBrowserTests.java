package dk.traedesten.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.deque.html.axecore.results.Rule;
import dk.traedesten.trials.TrialState;
import dk.traedesten.trials.followup.FollowUpFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The follow-up in a real browser: the coordinator makes the agreement and starts the trial, a participant records a
 * PDSA cycle, has a note with a CPR number refused by its field, submits the status report and finds its PDF; every
 * page on the way is axe-clean in Danish and English. The trials are the follow-up fixture's, so this runs with or
 * without trials in the demo data.
 */
@WithBrowser
class TrialFollowUpPathBrowserTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCoordinatorAgreesAndAParticipantRunsTheTrialUpToItsStatusReport(Browser browser) {
		FollowUpFixture fixture = new FollowUpFixture(jdbc);
		UUID trial = fixture.trial(TrialState.SELECTED, "Legevenner på tværs " + UUID.randomUUID(), LocalDate.now());
		String base = "/proevehandlinger/" + trial;

		browser.signInAs(Account.COORDINATOR);
		browser.open(base + "/aftale", Language.DANISH);
		assertClean(browser, "agreement form");
		browser.find("#plan\\[0\\]\\.what").sendKeys("Trivsel");
		browser.find("#plan\\[0\\]\\.how").sendKeys("Trivselsmåling med fem spørgsmål");
		browser.find("#plan\\[0\\]\\.timing").sendKeys("Hver anden uge");
		browser.find("#plan\\[0\\]\\.responsible").sendKeys("Klasselæreren");
		submit(browser, "main form[action$='/aftale'] button.button-primary");
		assertThat(browser.find("main").getText()).contains("Aftalen er indgået", "Trivselsmåling med fem spørgsmål");
		assertClean(browser, "agreement made");
		submit(browser, "main form[action$='/aftale/start'] button[type=submit]");
		assertThat(fixture.state(trial)).isEqualTo("RUNNING");

		browser.signInAs(Account.STAFF);
		browser.open(base + "/pdsa", Language.DANISH);
		assertClean(browser, "PDSA list");
		browser.find("#objective").sendKeys("Flere børn leger med en fra en anden klasse");
		browser.find("#prediction").sendKeys("Halvdelen gør det mindst én gang om ugen");
		browser.find("main form input[name=elementIds]").click();
		submit(browser, "main form[action$='/pdsa'] button[type=submit]");
		assertThat(browser.find("h1").getText()).isEqualTo("PDSA-cyklus 1");
		assertClean(browser, "PDSA cycle");

		browser.open(base + "/noter", Language.DANISH);
		new Select(browser.find("#kind")).selectByValue("NOTE");
		browser.find("#text").sendKeys("Samtale med barnet 070761-4285 om frikvarteret");
		submit(browser, "main form[action$='/noter'] button[type=submit]");
		assertThat(browser.find("#text-error").getText()).contains("CPR-nummer");
		assertThat(browser.find("#text").getAttribute("aria-describedby")).contains("text-error");
		assertClean(browser, "note refused");
		assertThat(fixture.count("trial_note", trial)).isZero();

		browser.open(base + "/status", Language.DANISH);
		assertClean(browser, "status form");
		for (String outcome : List.of("WELL_BEING", "ABSENCE", "FRIENDSHIPS", "ACADEMIC")) {
			new Select(browser.find("#effects\\[" + outcome + "\\]\\.direction")).selectByValue("IMPROVED");
		}
		browser.find("#summary").sendKeys("Flere børn leger på tværs, og færre står alene i frikvarteret.");
		for (String aspect : List.of("sustainability", "durability", "transferability")) {
			browser.find("#" + aspect).sendKeys("Ja, i høj grad.");
			browser.find("#" + aspect + "Rating input[value='4']").click();
		}
		submit(browser, "main form button[name=submit]");
		assertThat(fixture.state(trial)).isEqualTo("STATUS_REPORTED");
		assertThat(browser.find("main").getText()).contains("Rapporten er indsendt", "Flere børn leger på tværs");
		assertThat(browser.find("main a[href$='/status.pdf']").getText()).contains("PDF");
		assertClean(browser, "status submitted");
	}

	@Test
	void everyFollowUpPageIsAccessibleInDanishAndEnglish(Browser browser) {
		FollowUpFixture fixture = new FollowUpFixture(jdbc);
		UUID running = fixture.runningTrial("Tilgængelighed " + UUID.randomUUID());
		UUID selected = fixture.trial(TrialState.SELECTED);
		UUID reported = fixture.trial(TrialState.STATUS_REPORTED);
		UUID evaluated = fixture.trial(TrialState.EVALUATED);
		String cycle = "/proevehandlinger/" + running + "/pdsa/" + fixture.firstCycle(running);
		List<Object[]> pages = List.of(new Object[] { Account.COORDINATOR, "/proevehandlinger/" + selected + "/aftale" },
				new Object[] { Account.STAFF, "/proevehandlinger/" + running + "/aftale" },
				new Object[] { Account.STAFF, "/proevehandlinger/" + running + "/pdsa" },
				new Object[] { Account.COMMITTEE_MEMBER, "/proevehandlinger/" + running + "/pdsa" },
				new Object[] { Account.STAFF, cycle },
				new Object[] { Account.COMMITTEE_MEMBER, cycle },
				new Object[] { Account.STAFF, "/proevehandlinger/" + running + "/noter" },
				new Object[] { Account.STAFF, "/proevehandlinger/" + running + "/status" },
				new Object[] { Account.UNIT_LEADER, "/proevehandlinger/" + reported + "/status" },
				new Object[] { Account.STAFF, "/proevehandlinger/" + reported + "/evaluering" },
				new Object[] { Account.COORDINATOR, "/proevehandlinger/" + evaluated + "/evaluering" });
		List<String> problems = new ArrayList<>();
		for (Object[] page : pages) {
			for (Language language : Language.values()) {
				browser.signInAs((Account) page[0]);
				browser.open((String) page[1], language);
				String where = page[0] + " " + page[1] + " (" + language + ")";
				if (System.getProperty("traedesten.screenshots") != null) {
					browser.screenshot(Path.of(System.getProperty("traedesten.screenshots")),
							"followup-" + page[0] + "-" + ((String) page[1]).replaceAll(".*/", "") + "-" + language);
				}
				if (!language.code().equals(browser.htmlLang())
						|| browser.driver().findElements(By.tagName("h1")).size() != 1) {
					problems.add(where + ": lang or h1");
				}
				List<Rule> violations = Accessibility.violations(browser);
				if (!violations.isEmpty()) {
					problems.add(where + "\n" + Accessibility.describe(violations));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static void submit(Browser browser, String buttonSelector) {
		var button = browser.find(buttonSelector);
		button.click();
		browser.waitUntilGone(button);
	}

	private static void assertClean(Browser browser, String where) {
		List<Rule> violations = Accessibility.violations(browser);
		assertThat(violations).as(() -> where + "\n" + Accessibility.describe(violations)).isEmpty();
		assertThat(browser.driver().findElements(By.tagName("h1"))).hasSize(1);
	}
}
