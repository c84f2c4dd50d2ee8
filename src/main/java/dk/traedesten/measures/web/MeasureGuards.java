package dk.traedesten.measures.web;

/** The method-security expressions of the measures pages; per-series checks are {@code MeasureAccess}'s. */
final class MeasureGuards {

	/** Anyone signed in who works in a municipality (not the platform administrator). */
	static final String MUNICIPAL = "isAuthenticated() and principal.municipalityCode() != null";

	/** The strategy coordinator, who alone changes the municipality's indicators. */
	static final String INDICATORS = "@measureAccess.canManageIndicators()";

	private MeasureGuards() {
	}
}
