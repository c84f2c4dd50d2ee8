package dk.traedesten.events;

import java.util.UUID;

/**
 * A rule for choosing among programme items: at least {@code minChoices} and at most {@code maxChoices} of them,
 * chosen by the {@code chooser}. The description says what the group is for, as the invitation puts it.
 */
public record ChoiceGroup(UUID id, String name, String description, int minChoices, int maxChoices, Chooser chooser) {

	public ChoiceGroup {
		if (minChoices < 0 || maxChoices < 1 || minChoices > maxChoices) {
			throw new IllegalArgumentException("a choice group needs 0 <= min <= max and max >= 1");
		}
	}

	public java.util.List<String> paragraphs() {
		return Paragraphs.of(description);
	}

	/** True for "choose exactly one": the rule a municipality's choice of political talk follows. */
	public boolean exactlyOne() {
		return minChoices == 1 && maxChoices == 1;
	}
}
