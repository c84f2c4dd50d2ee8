package dk.traedesten.committees.web;

/** The method-security expressions of the committee pages. */
final class CommitteeGuards {

	/** Published agendas and decisions are for everyone, signed in or not. */
	static final String PUBLIC = "permitAll()";

	/**
	 * The committee secretary's work is the municipal administrator's: no role of its own exists, and the
	 * administrator already keeps the municipality's organisation (decision 0010).
	 */
	static final String SECRETARY = "hasRole('ADMINISTRATOR') and principal.municipalityCode() != null";

	/** The committee's own politicians and the secretary, of the committee's municipality (decision 0017). */
	static final String COMMITTEE_READER = "(hasRole('ADMINISTRATOR') or hasRole('POLITICIAN')) and principal.municipalityCode() != null";

	private CommitteeGuards() {
	}
}
