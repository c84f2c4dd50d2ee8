package dk.traedesten.events;

/** The kinds of knowledge-sharing event (DOMAIN.md glossary). */
public enum EventKind {
	CONFERENCE, WEBINAR, NETWORK_DAY, THEME_MEETING
}
