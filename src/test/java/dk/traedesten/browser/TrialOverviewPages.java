package dk.traedesten.browser;

import static dk.traedesten.browser.Account.COMMITTEE_MEMBER;
import static dk.traedesten.browser.Account.COORDINATOR;
import static dk.traedesten.browser.Account.STAFF;
import static dk.traedesten.browser.Account.UNIT_LEADER;

import java.util.List;

/** The pages of {@link PageAccessibilityBrowserTests} that this part of the app adds, one line each. */
final class TrialOverviewPages {

	static final List<Page> PAGES = List.of(
			Page.at("trials landing as staff", STAFF, "/proevehandlinger"),
			Page.at("trials landing as unit leader", UNIT_LEADER, "/proevehandlinger"),
			Page.at("trials landing as coordinator", COORDINATOR, "/proevehandlinger"),
			Page.at("trials landing as committee member", COMMITTEE_MEMBER, "/proevehandlinger"),
			Page.at("trial search", COORDINATOR, "/proevehandlinger/soeg"),
			Page.at("trial search with filters", COORDINATOR,
					"/proevehandlinger/soeg?q=venskab&state=RUNNING&kind=SCHOOL&outcome=FRIENDSHIPS&age=MIDDLE_PUPILS&sort=TITLE"),
			Page.at("trial search, none found", STAFF, "/proevehandlinger/soeg?q=findesikke"));

	private TrialOverviewPages() {
	}
}
