package dk.traedesten.trials.overview.web;

/**
 * The overviews are for people of a municipality. Platform administrators belong to none and have no trials, so
 * they get 403 (the nav item is hidden for them too).
 */
final class MunicipalUsers {

	static final String ONLY = "isAuthenticated() and principal.municipalityCode() != null";

	private MunicipalUsers() {
	}
}
