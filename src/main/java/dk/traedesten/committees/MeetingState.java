package dk.traedesten.committees;

/** Where a meeting stands: planned, members invited (the agenda is out), held, or cancelled. */
public enum MeetingState {
	PLANNED, INVITED, HELD, CANCELLED
}
