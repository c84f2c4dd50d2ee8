package dk.traedesten.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The application's whole path in a browser (issue 4, item 13): staff draft through the steps, the PPR
 * psychologist confirms for the co-applicant unit, both units' leaders approve, the application is submitted and
 * found eligible, and the coordinator selects it; an incomplete application shows each Danish error by its field.
 * Every page on the way has no axe violation.
 */
@WithBrowser
class TrialApplicationPathBrowserTests {

	private int shot;

	@Test
	void staffDraftAPartnerConfirmsLeadersApproveAndTheCoordinatorSelects(Browser browser) {
		String title = "Co-teaching i 3.a med PPR " + System.nanoTime();
		browser.signInAs(Account.STAFF);
		String trial = startDraft(browser, title);

		type(browser, "#intervention", "Klasselærer og skolepsykolog underviser sammen to gange om ugen.");
		type(browser, "#problem", "Uro i klassen, og tre børn trækker sig fra fællesskabet.");
		type(browser, "#ageFrom", "8");
		type(browser, "#ageTo", "10");
		browser.find("input[name='unitKinds'][value='SCHOOL']").click();
		type(browser, "#childCount", "24");
		next(browser, "indsats");

		new Select(browser.find("#unitId")).selectByVisibleText("PPR Stevns");
		type(browser, "#contribution", "Skolepsykologen planlægger og evaluerer med klasselæreren.");
		submit(browser, "main form[action$='/enheder']", "deltagere");
		assertThat(browser.find("main").getText()).contains("PPR Stevns", "Afventer bekræftelse");
		click(browser, "main a[href$='/kvintetmodellen']", "kvintetmodellen");

		for (WebElement element : browser.driver().findElements(By.cssSelector("main textarea[id^='element-']"))) {
			element.sendKeys("Sådan arbejder vi med elementet i klassen.");
		}
		next(browser, "kvintetmodellen");

		type(browser, "#childPerspective", "Børnene interviewes før start og efter hver PDSA-cyklus.");
		browser.find("input[name='childPerspectiveMethods'][value='INTERVIEWS']").click();
		next(browser, "barnets-perspektiv");

		type(browser, "#aim", "Færre konflikter i timerne inden jul.");
		type(browser, "#measures0-name", "Konflikter pr. uge");
		new Select(browser.find("#measures0-outcome")).selectByValue("WELL_BEING");
		type(browser, "#measures0-baselinePlan", "Tælles i to uger før start.");
		type(browser, "#changeIdeas", "Fælles planlægning og faste roller.");
		type(browser, "#firstCycle", "Fire uger i 3.a; vi forventer færre konflikter.");
		next(browser, "forbedringsmodellen");

		type(browser, "#expectedEffect", "Mere trivsel og færre henvisninger.");
		type(browser, "#dataCollection", "Baseline fra start, tælling hver uge.");
		type(browser, "#hoursRequested", "80");
		type(browser, "#moneyRequested", "20000");
		next(browser, "effekt-og-ressourcer");
		assertThat(browser.find("main").getText()).contains("Ikke alle medansøgende enheder har bekræftet");

		signInByHand(browser, Account.PSYCHOLOGIST.email());
		browser.open(trial);
		checked(browser, "trial page as the psychologist");
		submit(browser, "main form[action$='/bekraeft']", "bekraeftet");

		browser.signInAs(Account.UNIT_LEADER);
		browser.open(trial);
		submit(browser, "main form[action$='/godkend']", "godkendt");
		signInByHand(browser, "leder.ppr@stevns.demo");
		browser.open(trial);
		submit(browser, "main form[action$='/godkend']", "godkendt");

		browser.signInAs(Account.STAFF);
		browser.open(trial + "/ansoegning/godkendelse");
		checked(browser, "approval step");
		assertThat(browser.find("main").getText()).contains("Ansøgningen opfylder kriterierne og kan indsendes.");
		submit(browser, "main form[action$='/indsend']", "indsendt");
		assertThat(browser.find("main dl.facts").getText()).contains("Opfylder kriterierne");

		browser.signInAs(Account.COORDINATOR);
		browser.open(trial);
		click(browser, "main a[href$='/udvaelgelse']", "selection");
		String item = "#trial-" + trial.substring(trial.lastIndexOf('/') + 1);
		submit(browser, item + " form[action$='/vurdering']", "vurdering");
		browser.find(item + " input[value='SELECT']").click();
		type(browser, item + " textarea", "Tydelig baseline og et stærkt samarbejde med PPR.");
		submit(browser, item + " form[action$='/udvaelgelse']", "besluttet");
		assertThat(browser.find(item).getText()).contains("Udvalgt", "Tydelig baseline");
		assertThat(browser.find("#tally").getText()).matches("\\d+ af 20 udvalgt");
	}

	@Test
	void anIneligibleApplicationShowsEachDanishErrorByItsField(Browser browser) {
		browser.signInAs(Account.STAFF);
		String trial = startDraft(browser, "Ufærdig ansøgning " + System.nanoTime());
		browser.open(trial + "/ansoegning/godkendelse");
		checked(browser, "approval step with problems");
		submit(browser, "main form[action$='/indsend']", "indsendt");

		List<String> errors = browser.driver().findElements(By.cssSelector("main dd .form-error-message, main .form-error-message"))
			.stream().map(WebElement::getText).collect(Collectors.toList());
		assertThat(errors).contains("Mindst to forskellige enheder eller aktører skal samarbejde. En enhed kan ikke lave en prøvehandling alene.",
				"Beskriv den konkrete indsats: prøvehandlingen er centerelementets praksis.",
				"Beskriv, hvordan barnets perspektiv og stemme inddrages.",
				"Vælg mindst én metode til at inddrage børnenes stemme.", "Skriv målet: hvad forsøger vi at opnå?",
				"Angiv mindst én måling: hvordan ved vi, at en forandring er en forbedring?",
				"Beskriv mindst én forandringsidé.", "En leder fra hver deltagende enhed skal godkende ansøgningen.",
				"Beskriv, hvordan prøvehandlingen arbejder med dette bærende element.");

		submit(browser, "main form[action$='/genaabn']", "genaabnet");
		browser.open(trial + "/ansoegning/forbedringsmodellen");
		checked(browser, "improvement step after an ineligible submission");
		assertThat(browser.find("#aim-error").getText()).contains("Skriv målet");
		assertThat(browser.find("#changeIdeas-error").getText()).contains("Beskriv mindst én forandringsidé");
	}

	private String startDraft(Browser browser, String title) {
		browser.open("/proevehandlinger/ansoegningsrunder");
		checked(browser, "calls");
		click(browser, "main table tbody tr:first-child a", "announcement");
		click(browser, "main a.button-primary", "new application");
		type(browser, "#title", title);
		submit(browser, "main form", "indsats");
		String url = browser.driver().getCurrentUrl();
		return url.substring(url.indexOf("/proevehandlinger/"), url.indexOf("/ansoegning/"));
	}

	private void next(Browser browser, String step) {
		submit(browser, "main form button[value='next']", step);
	}

	private void type(Browser browser, String selector, String text) {
		WebElement field = browser.find(selector);
		field.clear();
		field.sendKeys(text);
	}

	private void click(Browser browser, String selector, String name) {
		WebElement link = browser.find(selector);
		link.click();
		browser.waitUntilGone(link);
		checked(browser, name);
	}

	private void submit(Browser browser, String selector, String name) {
		WebElement button = selector.contains("button") ? browser.find(selector)
				: browser.find(selector + " button[type=submit]");
		button.click();
		browser.waitUntilGone(button);
		checked(browser, name);
	}

	private void signInByHand(Browser browser, String email) {
		browser.driver().manage().deleteAllCookies();
		browser.open("/log-ind");
		browser.find("#email").sendKeys(email);
		browser.find("#password").sendKeys(Account.DEMO_PASSWORD);
		WebElement button = browser.find("main form[action$='/log-ind'] button[type=submit]");
		button.click();
		browser.waitUntilGone(button);
	}

	/** No axe violation on the page, and a screenshot when asked for. */
	private void checked(Browser browser, String name) {
		List<Rule> violations = Accessibility.violations(browser);
		assertThat(violations).as(() -> name + " at " + browser.driver().getCurrentUrl() + "\n"
				+ Accessibility.describe(violations)).isEmpty();
		String directory = System.getProperty("traedesten.screenshots");
		if (directory != null && !directory.isBlank()) {
			browser.screenshot(Path.of(directory), String.format("path-%02d-%s", ++shot, name.replaceAll("\\W+", "-")));
		}
	}
}
