package dk.traedesten.browser;

/** The demo accounts a browser test signs in as; all share the demo password. */
enum Account {

	ANONYMOUS(null),
	/** ADMINISTRATOR of Stevns (336). */
	ADMINISTRATOR("admin@stevns.demo"),
	/** PLATFORM_ADMINISTRATOR across all municipalities. */
	PLATFORM_ADMINISTRATOR("platform@traedesten.demo"),
	/** STAFF at Strandengens Skole in Stevns. */
	STAFF("medarbejder@stevns.demo"),
	/** STAFF at PPR Stevns: a co-applicant in trials led by a school. */
	PSYCHOLOGIST("psykolog@stevns.demo"),
	/** UNIT_LEADER of Strandengens Skole in Stevns. */
	UNIT_LEADER("leder@stevns.demo"),
	/** STRATEGY_COORDINATOR of Stevns: runs calls and selection. */
	COORDINATOR("koordinator@stevns.demo"),
	/** SELECTION_COMMITTEE_MEMBER of Stevns (a parent representative). */
	COMMITTEE_MEMBER("udvalg@stevns.demo"),
	/** POLITICIAN in Stevns. */
	POLITICIAN("politiker@stevns.demo"),
	/** EVENT_ORGANISER of KL, an organisation outside the municipalities. */
	KL_ORGANISER("arrangoer@kl.demo"),
	ASSOCIATION_SECRETARY("kontakt@autismeforeningen.demo"),
	/** EVENT_ORGANISER of København: its webinar with area roundtables. */
	KK_ORGANISER("arrangoer@kk.demo"),
	/** STRATEGY_COORDINATOR of København: registers its people. */
	KK_COORDINATOR("koordinator@kk.demo");

	static final String DEMO_PASSWORD = "demo-Traedesten-2026";

	private final String email;

	Account(String email) {
		this.email = email;
	}

	String email() {
		return email;
	}

	boolean signsIn() {
		return email != null;
	}
}
