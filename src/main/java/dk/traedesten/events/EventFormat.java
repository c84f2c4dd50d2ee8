package dk.traedesten.events;

/** Where participants take part: in one place, online, or either. */
public enum EventFormat {
	IN_PERSON, ONLINE, HYBRID
}
