package dk.traedesten.events.web;

/**
 * The price calculator's two questions, each in its own form: which municipality buys a licence, or how many
 * persons another organisation registers. {@code buyer} says which form was sent.
 */
class QuoteForm {

	static final String MUNICIPALITY = "municipality";

	static final String PERSONS = "persons";

	private String buyer = "";

	private String municipality = "";

	private String persons = "";

	public String getBuyer() {
		return buyer;
	}

	public void setBuyer(String buyer) {
		this.buyer = buyer == null ? "" : buyer;
	}

	public String getMunicipality() {
		return municipality;
	}

	public void setMunicipality(String municipality) {
		this.municipality = municipality == null ? "" : municipality.trim();
	}

	public String getPersons() {
		return persons;
	}

	public void setPersons(String persons) {
		this.persons = persons == null ? "" : persons.trim();
	}
}
