package dk.traedesten.trials;

/** The trial does not exist, or belongs to another municipality: the two look the same to the caller. */
public class TrialNotFoundException extends RuntimeException {

	public TrialNotFoundException() {
		super("No such trial");
	}
}
