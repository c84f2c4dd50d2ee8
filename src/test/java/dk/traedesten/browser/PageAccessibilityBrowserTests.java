package dk.traedesten.browser;

import static dk.traedesten.browser.Account.ADMINISTRATOR;
import static dk.traedesten.browser.Account.ANONYMOUS;
import static dk.traedesten.browser.Account.PLATFORM_ADMINISTRATOR;
import static dk.traedesten.browser.Account.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Rule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page of the app, in Danish and in English, as the user who would see it: axe-core finds no WCAG 2.1 A/AA
 * violation, {@code <html lang>} names the language, and the page has one {@code <h1>}. Add a page with one line.
 * With {@code -Dtraedesten.screenshots=/tmp/screens} each page is also saved as a PNG; with
 * {@code -Dtraedesten.pages=event|price} only the pages whose names match are visited.
 */
@WithBrowser
class PageAccessibilityBrowserTests {

	static final List<Page> CORE_PAGES = List.of(
			Page.at("front page", ANONYMOUS, "/"),
			Page.at("front page signed in", ADMINISTRATOR, "/"),
			Page.at("front page signed out", ANONYMOUS, "/?logget-ud"),
			Page.at("sign-in", ANONYMOUS, "/log-ind"),
			Page.at("sign-in wrong credentials", ANONYMOUS, "/log-ind?fejl"),
			Page.at("sign-in paused", ANONYMOUS, "/log-ind?pause"),
			Page.at("sign-in unknown person", ANONYMOUS, "/log-ind?ukendt"),
			Page.at("sign-in password set", ANONYMOUS, "/log-ind?adgangskode-sat"),
			Page.at("forgotten password", ANONYMOUS, "/glemt-adgangskode"),
			Page.at("forgotten password sent", ANONYMOUS, "/glemt-adgangskode?sendt"),
			Page.at("forgotten password error", ANONYMOUS, "/glemt-adgangskode").submitting("main form"),
			Page.at("choose password invalid token", ANONYMOUS, "/nulstil-adgangskode?token=ugyldig"),
			Page.at("invitation invalid token", ANONYMOUS, "/invitation?token=ugyldig"),
			Page.at("profile", STAFF, "/profil"),
			Page.at("profile of administrator", ADMINISTRATOR, "/profil"),
			Page.at("profile password errors", STAFF, "/profil").submitting("main form[action$='/adgangskode']"),
			Page.at("organisation overview", ADMINISTRATOR, "/organisation"),
			Page.at("municipalities", PLATFORM_ADMINISTRATOR, "/organisation/kommuner"),
			Page.at("municipality", PLATFORM_ADMINISTRATOR, "/organisation/kommuner/336"),
			Page.at("municipalities as administrator", ADMINISTRATOR, "/organisation/kommuner"),
			Page.at("population import", PLATFORM_ADMINISTRATOR, "/organisation/kommuner/folketal-import"),
			Page.at("population import errors", PLATFORM_ADMINISTRATOR, "/organisation/kommuner/folketal-import")
				.submitting("main form"),
			Page.at("population import preview", PLATFORM_ADMINISTRATOR, "/organisation/kommuner/folketal-import")
				.choosingFile("#file", "kommunekode;folketal\n101;667099\n336;23802\n").typing("#year", "2025")
				.submitting("main form"),
			Page.at("organisations", ADMINISTRATOR, "/organisation/organisationer"),
			Page.at("organisations as platform administrator", PLATFORM_ADMINISTRATOR, "/organisation/organisationer"),
			Page.at("organisation", ADMINISTRATOR, "/organisation/organisationer").following("main table tbody a"),
			Page.at("organisation as platform administrator", PLATFORM_ADMINISTRATOR, "/organisation/organisationer")
				.following("main table tbody a"),
			Page.at("new organisation errors", PLATFORM_ADMINISTRATOR, "/organisation/organisationer/ny")
				.submitting("main form"),
			Page.at("areas", ADMINISTRATOR, "/organisation/omraader"),
			Page.at("area", ADMINISTRATOR, "/organisation/omraader").following("main table tbody a"),
			Page.at("area form errors", ADMINISTRATOR, "/organisation/omraader").submitting("main form[action$='/omraader']"),
			Page.at("units", ADMINISTRATOR, "/organisation/enheder"),
			Page.at("units filtered", ADMINISTRATOR, "/organisation/enheder?q=skole&kind=SCHOOL"),
			Page.at("new unit", ADMINISTRATOR, "/organisation/enheder/ny"),
			Page.at("new unit errors", ADMINISTRATOR, "/organisation/enheder/ny").submitting("main form"),
			Page.at("unit", ADMINISTRATOR, "/organisation/enheder").following("#unit-results tbody a"),
			Page.at("people", ADMINISTRATOR, "/organisation/personer"),
			Page.at("people searched, none found", ADMINISTRATOR, "/organisation/personer?q=findesikke"),
			Page.at("new person", ADMINISTRATOR, "/organisation/personer/ny"),
			Page.at("new person errors", ADMINISTRATOR, "/organisation/personer/ny").submitting("main form"),
			Page.at("person", ADMINISTRATOR, "/organisation/personer").following("#people-results tbody a"),
			Page.at("person role errors", ADMINISTRATOR, "/organisation/personer")
				.following("#people-results tbody a").submitting("main form[action$='/roller']"),
			Page.at("audit trail", ADMINISTRATOR, "/administration/revisionsspor"),
			Page.at("audit trail filtered", ADMINISTRATOR, "/administration/revisionsspor?operation=INSERT&actor=demodata&table=unit"),
			Page.at("audit trail none found", ADMINISTRATOR, "/administration/revisionsspor?actor=findesikke"),
			Page.at("not found", ADMINISTRATOR, "/findes-ikke"),
			Page.at("not found anonymous", ANONYMOUS, "/findes-ikke"),
			Page.at("forbidden", STAFF, "/organisation"));

	static final List<Page> PAGES = Stream.of(CORE_PAGES, StrategyPages.PAGES, TrialPages.PAGES, TrialFollowUpPages.PAGES,
			TrialOverviewPages.PAGES, MeasurePages.PAGES, MeasureDataPages.PAGES, NotificationPages.PAGES,
			EventPages.PAGES, RegistrationPages.PAGES, CommitteePages.PAGES, InvoicePages.PAGES,
			CommitteeFollowUpPages.PAGES, RoundtablePages.PAGES,
			PartnershipPages.PAGES, CommitteeAlertPages.PAGES)
		.flatMap(List::stream)
		.toList();

	static Stream<Arguments> pagesInEachLanguage() {
		// -Dtraedesten.pages=<regular expression> runs only the pages whose name it finds, for work on one part.
		java.util.regex.Pattern only = java.util.regex.Pattern.compile(System.getProperty("traedesten.pages", ""));
		return PAGES.stream().filter(page -> only.matcher(page.name()).find()).flatMap(page -> Stream.of(Language.values()).map(language -> Arguments.of(page, language)));
	}

	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("pagesInEachLanguage")
	void hasNoAccessibilityViolations(Page page, Language language, Browser browser) {
		page.visit(browser, language);
		saveScreenshot(browser, page, language);

		String where = page + " (" + language + ") at " + browser.driver().getCurrentUrl();
		assertThat(browser.htmlLang()).as("<html lang> of " + where).isEqualTo(language.code());
		assertThat(browser.driver().findElements(By.tagName("h1"))).as("<h1> elements of " + where).hasSize(1);
		List<Rule> violations = Accessibility.violations(browser);
		assertThat(violations).as(() -> where + "\n" + Accessibility.describe(violations)).isEmpty();
	}

	@Test
	void reportsAViolationWithItsRuleImpactAndTarget(Browser browser) {
		Page.at("front page", ANONYMOUS, "/").visit(browser, Language.DANISH);
		((JavascriptExecutor) browser.driver()).executeScript(
				"document.querySelector('main').insertAdjacentHTML('beforeend', '<img id=\"unlabelled\" src=\"x.png\">')");

		assertThat(Accessibility.describe(Accessibility.violations(browser)))
			.contains("image-alt (critical)", "[#unlabelled]");
	}

	private static void saveScreenshot(Browser browser, Page page, Language language) {
		String directory = System.getProperty("traedesten.screenshots");
		if (directory != null && !directory.isBlank()) {
			browser.screenshot(Path.of(directory), page.name() + "-" + language.code());
		}
	}
}
