package dk.traedesten.events;

/** "More than {@code moreThanPersons} persons: {@code percent} % off the organisation's whole invoice." */
public record DiscountTier(int moreThanPersons, int percent) {

	public DiscountTier {
		if (moreThanPersons < 0 || percent < 1 || percent > 100) {
			throw new IllegalArgumentException("a discount is 1–100 % above a number of persons");
		}
	}
}
