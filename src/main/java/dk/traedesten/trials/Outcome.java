package dk.traedesten.trials;

/** The outcomes the strategy names (seed 003): well-being, absence, friendships, academic outcome. */
public enum Outcome {
	WELL_BEING, ABSENCE, FRIENDSHIPS, ACADEMIC
}
