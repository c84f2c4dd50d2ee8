package dk.traedesten.events;

/** What happens in a slot of the programme. */
public enum ProgrammeItemKind {
	TALK, PLENARY, PAUSE, LUNCH, CONVERSATION, ROUNDTABLE, WRAP_UP
}
