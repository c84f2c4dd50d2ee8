package dk.traedesten.trials;

/** Ways of bringing in the children's perspective and voice that seed 003 names (plus any other). */
public enum ChildVoiceMethod {
	ACTIVE_LISTENING, CONVERSATIONS, OBSERVATIONS, INTERVIEWS, OTHER
}
