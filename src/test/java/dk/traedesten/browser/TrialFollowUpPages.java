package dk.traedesten.browser;

import java.util.List;

/**
 * The pages of {@link PageAccessibilityBrowserTests} that this part of the app adds, one line each.
 * <p>
 * Every follow-up page lives under a trial's id, and Stevns' demo trials come from the application side's demo
 * data; until those are merged the follow-up pages are checked (axe, both languages, one {@code <h1>}) on fixture
 * trials in {@link TrialFollowUpPathBrowserTests#everyFollowUpPageIsAccessibleInDanishAndEnglish}. Once demo trials
 * exist, lines here can reach them from the trial list, e.g. {@code Page.at(..., "/proevehandlinger")
 * .following(...)}.
 */
final class TrialFollowUpPages {

	static final List<Page> PAGES = List.of();

	private TrialFollowUpPages() {
	}
}
