package dk.traedesten.strategy;

/** The ordered lists a strategy holds; each can have items moved and removed the same way. */
public enum StrategyPart {
	ELEMENT, MILESTONE, CYCLE_PHASE, COMMUNICATION, ONBOARDING
}
