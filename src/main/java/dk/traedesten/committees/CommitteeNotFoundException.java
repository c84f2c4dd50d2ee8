package dk.traedesten.committees;

/** A committee, meeting, item or file that does not exist, is another municipality's or is not published: one 404. */
public class CommitteeNotFoundException extends RuntimeException {

	public CommitteeNotFoundException() {
		super("not found");
	}
}
