package dk.traedesten.strategy;

import java.util.UUID;

/** A step of the checklist for new staff joining the strategy's work, and who sees to it. */
public record OnboardingItem(UUID id, int position, String text, String responsible) {

	/** An item as it is written, before it has an id and a place in its list. */
	public static OnboardingItem draft(String text, String responsible) {
		return new OnboardingItem(null, 0, text.strip(), responsible == null ? "" : responsible.strip());
	}
}
