package dk.traedesten.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The search forms of the people and unit lists and the audit trail's filters: with JavaScript, typing filters the results in place (htmx, no
 * page load, the address follows); without JavaScript, the submit button does the same with a page load.
 */
@WithBrowser
class SearchBrowserTests {

	private static final String MARKER = "window.traedestenNoReload";

	private Browser browser;

	@Test
	void typingInThePeopleSearchFiltersWithoutReloading(Browser browser) {
		opened(browser, "/organisation/personer");
		markPage();

		browser.find("#q").sendKeys("Mette");

		awaitRows("#people-results", List.of("Mette Holm"));
		assertThat(pageWasNotReloaded()).as("no full page load").isTrue();
		assertThat(browser.driver().findElements(By.id("people-results"))).as("one results region").hasSize(1);
		assertThat(browser.driver().getCurrentUrl()).contains("q=Mette");
	}

	@Test
	void thePeopleSearchWorksWithoutJavaScript(Browser browser) {
		opened(browser, "/organisation/personer");
		withoutJavaScript(() -> {
			browser.open("/organisation/personer");
			browser.find("#q").sendKeys("Mette");
			submit("main form[role=search]");

			assertThat(browser.driver().getCurrentUrl()).contains("q=Mette");
			assertThat(rows("#people-results")).containsExactly("Mette Holm");
		});
	}

	@Test
	void typingInTheUnitSearchAndChoosingAKindFilterWithoutReloading(Browser browser) {
		opened(browser, "/organisation/enheder");
		markPage();

		browser.find("#q").sendKeys("skole");
		awaitRows("#unit-results", List.of("Heldagsskolen Fyrtårnet", "Kalkbakkens Skole", "Strandengens Skole"));
		new Select(browser.find("#kind")).selectByValue("SPECIAL_PROVISION");
		awaitRows("#unit-results", List.of("Heldagsskolen Fyrtårnet"));

		assertThat(pageWasNotReloaded()).as("no full page load").isTrue();
		assertThat(browser.driver().findElements(By.id("unit-results"))).as("one results region").hasSize(1);
		assertThat(browser.driver().getCurrentUrl()).contains("q=skole", "kind=SPECIAL_PROVISION");
	}

	@Test
	void theUnitFilterWorksWithoutJavaScript(Browser browser) {
		opened(browser, "/organisation/enheder");
		withoutJavaScript(() -> {
			browser.open("/organisation/enheder");
			browser.find("#q").sendKeys("skole");
			new Select(browser.find("#kind")).selectByValue("SCHOOL");
			submit("main form[role=search]");

			assertThat(browser.driver().getCurrentUrl()).contains("q=skole", "kind=SCHOOL");
			assertThat(rows("#unit-results")).containsExactly("Kalkbakkens Skole", "Strandengens Skole");
		});
	}

	@Test
	void choosingAnAuditFilterUpdatesTheTrailWithoutReloading(Browser browser) {
		opened(browser, "/administration/revisionsspor");
		markPage();

		new Select(browser.find("#operation")).selectByValue("DELETE");

		// Other tests may have deleted rows of Stevns by now: the filtered trail is either empty or only deletions.
		browser.waitUntil(driver -> driver.getCurrentUrl().contains("operation=DELETE")
				&& (!driver.findElements(By.cssSelector("#audit-results > p")).isEmpty() || onlyDeletions(driver)));
		assertThat(pageWasNotReloaded()).as("no full page load").isTrue();
		assertThat(browser.driver().findElements(By.id("audit-results"))).as("one results region").hasSize(1);
		assertThat(browser.driver().getCurrentUrl()).contains("operation=DELETE");
	}

	private static boolean onlyDeletions(org.openqa.selenium.WebDriver driver) {
		List<org.openqa.selenium.WebElement> operations = driver
			.findElements(By.cssSelector("#audit-results table.audit-table > tbody > tr > td:nth-child(3)"));
		return !operations.isEmpty() && operations.stream().allMatch(cell -> cell.getText().startsWith("Slettet"));
	}

	private void opened(Browser browser, String path) {
		this.browser = browser;
		browser.signInAs(Account.ADMINISTRATOR);
		browser.open(path, Language.DANISH);
	}

	private void markPage() {
		js().executeScript(MARKER + " = true;");
	}

	private boolean pageWasNotReloaded() {
		return Boolean.TRUE.equals(js().executeScript("return " + MARKER + " === true;"));
	}

	private void awaitRows(String region, List<String> expected) {
		browser.waitUntil(driver -> rows(region).equals(expected));
	}

	private List<String> rows(String region) {
		Object texts = js().executeScript("return Array.from(document.querySelectorAll(arguments[0]))"
				+ ".map(cell => cell.textContent.trim());", region + " tbody tr td:first-child");
		return ((List<?>) texts).stream().map(String::valueOf).toList();
	}

	private void submit(String form) {
		WebElement button = browser.find(form + " button[type=submit]");
		button.click();
		browser.waitUntilGone(button);
	}

	private void withoutJavaScript(Runnable steps) {
		browser.devTools("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		try {
			steps.run();
		}
		finally {
			browser.devTools("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}
	}

	private JavascriptExecutor js() {
		return (JavascriptExecutor) browser.driver();
	}

	@AfterEach
	void forget() {
		browser = null;
	}
}
