package dk.traedesten.browser;

import static dk.traedesten.browser.Account.KK_COORDINATOR;
import static dk.traedesten.browser.Account.KK_ORGANISER;

import java.util.List;

import org.openqa.selenium.support.ui.Select;

/**
 * The pages of {@link PageAccessibilityBrowserTests} for København's webinar with area roundtables: the organiser's
 * roundtables with their errors, a table's page with its form and errors, the wrap-up, and the registration round
 * with role, area and unit as the coordinator fills it in, refused at its fields.
 */
final class RoundtablePages {

	private static final String WEBINAR = "/arrangementer/inkluderende-faellesskaber-2021";

	private static final String BOARD = WEBINAR + "/rundborde";

	static final List<Page> PAGES = List.of(
			Page.at("roundtables", KK_ORGANISER, BOARD),
			Page.at("roundtables run errors", KK_ORGANISER, BOARD).typing("#capacity", "fyrre")
				.submitting("main form#run-form"),
			Page.at("roundtables move errors", KK_ORGANISER, BOARD).submitting("main form#move-form"),
			Page.at("roundtable table", KK_ORGANISER, BOARD).following("main a.roundtable-link"),
			Page.at("roundtable table errors", KK_ORGANISER, BOARD).following("main a.roundtable-link")
				.typing("#facilitator", "x".repeat(201)).submitting("main form#table-form"),
			Page.at("roundtables wrap-up", KK_ORGANISER, BOARD + "/opsamling"),
			Page.at("webinar registration", KK_COORDINATOR, WEBINAR + "/tilmelding"),
			Page.at("webinar registration errors", KK_COORDINATOR, WEBINAR + "/tilmelding")
				.typing("form[action$='/tilmelding/runde'] input[type=email]", "ikke-en-adresse")
				.then(browser -> new Select(browser.find("[id='people0.role']")).selectByValue("SCHOOL_LEADER"))
				.submitting("main form[action$='/tilmelding/runde']"));

	private RoundtablePages() {
	}
}
