package dk.traedesten.strategy;

/**
 * A bearing element must be present in every trial; the centre element is where the bearing elements are put
 * to work, in trials and practice grounds (kvintetmodellen, seed 003).
 */
public enum ElementKind {
	BEARING, CENTRE
}
