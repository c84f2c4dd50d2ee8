package dk.traedesten.committees;

/** The moves of {@link ItemWorkflow}. */
public enum ItemAction {
	MARK_READY, REOPEN_DRAFT, PUBLISH_AGENDA, DECIDE, PUBLISH_MINUTES
}
