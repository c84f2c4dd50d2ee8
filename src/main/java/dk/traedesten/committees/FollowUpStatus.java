package dk.traedesten.committees;

/** Where a follow-up of a decision stands; {@link FollowUpRules} says how it may move. */
public enum FollowUpStatus {
	NOT_STARTED, IN_PROGRESS, DONE
}
