package dk.traedesten.events;

/** Who makes a group's choice: the registering organisation once for all its people, or each participant. */
public enum Chooser {
	ORGANISATION, PARTICIPANT
}
