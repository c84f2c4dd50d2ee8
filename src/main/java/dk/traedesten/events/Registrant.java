package dk.traedesten.events;

import java.util.UUID;

/**
 * Who registers people for an event and pays for them: a municipality (under its licence or per person) or another
 * organisation such as an association or a self-governing daycare (per person), never both. Rounds, the running
 * invoice and the final invoice all belong to one registrant.
 */
public record Registrant(Integer municipalityCode, UUID organisationId) {

	public Registrant {
		if ((municipalityCode == null) == (organisationId == null)) {
			throw new IllegalArgumentException("a registration has exactly one registrant");
		}
	}

	public static Registrant municipality(int code) {
		return new Registrant(code, null);
	}

	public static Registrant organisation(UUID id) {
		return new Registrant(null, id);
	}

	public boolean isMunicipality() {
		return municipalityCode != null;
	}

	/** A key that names the registrant in one string, for locks and maps. */
	public String key() {
		return isMunicipality() ? "m" + municipalityCode : "o" + organisationId;
	}
}
