package dk.traedesten.events.web;

import java.util.ArrayList;
import java.util.List;

/** A round of people to register; blank rows are left out. Without JavaScript the page offers a fixed number of rows. */
public class RoundForm {

	static final int ROWS = 5;

	private List<PersonFields> people = new ArrayList<>();

	public RoundForm() {
		for (int i = 0; i < ROWS; i++) {
			people.add(new PersonFields());
		}
	}

	public List<PersonFields> getPeople() {
		return people;
	}

	public void setPeople(List<PersonFields> people) {
		this.people = people;
	}
}
