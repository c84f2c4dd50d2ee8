package dk.traedesten.browser;

import static dk.traedesten.browser.Account.ASSOCIATION_SECRETARY;
import static dk.traedesten.browser.Account.COORDINATOR;
import static dk.traedesten.browser.Account.STAFF;

import java.util.List;

/**
 * The registration pages of {@link PageAccessibilityBrowserTests}: the municipality's registration with its running
 * invoice as the coordinator sees it and as a member of staff does, a round refused at its fields, and a
 * participant's schedule reached from the list and from one's own seat.
 */
final class RegistrationPages {

	private static final String REGISTRATION = "/arrangementer/boern-unge-topmoede-2021/tilmelding";

	static final List<Page> PAGES = List.of(
			Page.at("registration as coordinator", COORDINATOR, REGISTRATION),
			Page.at("registration as staff", STAFF, REGISTRATION),
			Page.at("registration as an association", ASSOCIATION_SECRETARY, REGISTRATION),
			Page.at("registration round errors", COORDINATOR, REGISTRATION)
				.typing("form[action$='/tilmelding/runde'] input[type=email]", "ikke-en-adresse")
				.submitting("main form[action$='/tilmelding/runde']"),
			Page.at("registration participant schedule", COORDINATOR, REGISTRATION).following("#participants tbody a"),
			Page.at("registration own schedule", STAFF, REGISTRATION).following("main a[href*='/deltagere/']"));

	private RegistrationPages() {
	}
}
