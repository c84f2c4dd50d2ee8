package dk.traedesten.trials.followup;

/** A qualitative note by the staff, or a child's statement (anonymised, with a group description only). */
public enum NoteKind {
	NOTE, CHILD_STATEMENT
}
