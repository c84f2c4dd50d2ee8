package dk.traedesten.measures;

/** The series or indicator does not exist, belongs to another municipality, or may not be read: all look alike. */
public class SeriesNotFoundException extends RuntimeException {

	public SeriesNotFoundException() {
		super("No such series");
	}
}
