package dk.traedesten.partnerships;

/** What a caller wants to hear about. */
public enum CallbackTopic {
	DAYCARE, SCHOOL, BOTH, OTHER
}
