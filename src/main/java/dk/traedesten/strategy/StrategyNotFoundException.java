package dk.traedesten.strategy;

/** A strategy or one of its items that does not exist, or belongs to another municipality: the same to the caller. */
public class StrategyNotFoundException extends RuntimeException {

	public StrategyNotFoundException() {
		super("No such strategy or item in this municipality");
	}
}
