package dk.traedesten.committees;

/** Where an agenda item stands in {@link ItemWorkflow}. */
public enum ItemState {

	DRAFT, READY, AGENDA_PUBLISHED, DECIDED, MINUTES_PUBLISHED;

	/** From here on the item is on a published agenda and the public may read it (its title only, when closed). */
	public boolean published() {
		return this.compareTo(AGENDA_PUBLISHED) >= 0;
	}

	/** Its texts are fixed once the agenda is out: changes after that would differ from what the members read. */
	public boolean editable() {
		return this == DRAFT || this == READY;
	}

	/** The committee has decided it; follow-ups of the decision may be added from here on. */
	public boolean decided() {
		return this == DECIDED || this == MINUTES_PUBLISHED;
	}
}
