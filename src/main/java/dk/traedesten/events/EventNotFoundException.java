package dk.traedesten.events;

/** No published event has the slug, or the reader may not see it: the same answer, 404. */
public class EventNotFoundException extends RuntimeException {

	public EventNotFoundException(String slug) {
		super("no published event " + slug);
	}
}
