package dk.traedesten.trials.overview;

/** The age bands the search filters on; a trial matches a band its age range overlaps. */
public enum AgeGroup {

	INFANTS(0, 2), PRESCHOOL(3, 5), YOUNGER_PUPILS(6, 9), MIDDLE_PUPILS(10, 12), YOUTH(13, 18);

	private final int from;

	private final int to;

	AgeGroup(int from, int to) {
		this.from = from;
		this.to = to;
	}

	public int from() {
		return from;
	}

	public int to() {
		return to;
	}
}
