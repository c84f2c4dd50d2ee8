package dk.traedesten.platform.tenancy;

/**
 * What the database layer needs to know about whoever is acting: implemented by the signed-in user.
 * Keeping it this small lets the platform stay ignorant of how people sign in.
 */
public interface TenantPrincipal {

	/** The municipality (kommunekode) whose data this principal may see, or null for none. */
	Integer municipalityCode();

	/** True for platform administrators, who work across all municipalities. */
	boolean platformWide();

	/** How the principal is named in the audit trail (an e-mail address, never a CPR number). */
	String actorName();
}
