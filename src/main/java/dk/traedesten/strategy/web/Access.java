package dk.traedesten.strategy.web;

/** Who reaches the strategy pages, in one place: the expressions of the controllers' {@code @PreAuthorize}. */
final class Access {

	/** Everyone signed in who belongs to a municipality; platform administrators have none and get 403. */
	static final String MUNICIPAL_USER = "isAuthenticated() and principal.municipalityCode() != null";

	static final String COORDINATOR = "hasRole('STRATEGY_COORDINATOR')";

	private Access() {
	}
}
