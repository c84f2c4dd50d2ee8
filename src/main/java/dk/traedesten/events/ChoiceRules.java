package dk.traedesten.events;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a choice keeps a group's rule: between its minimum and maximum number of items, only items the group
 * offers, and none whose seats are already taken. The registration checks a choice here before it is saved.
 */
public final class ChoiceRules {

	private ChoiceRules() {
	}

	/**
	 * The problems with choosing {@code chosen} in {@code group}; empty when the choice is allowed.
	 *
	 * @param offered the group's items
	 * @param taken seats already taken per item, by others than the one choosing now
	 */
	public static Set<ChoiceProblem> check(ChoiceGroup group, List<ProgrammeItem> offered, Collection<UUID> chosen,
			Map<UUID, Integer> taken) {
		Set<ChoiceProblem> problems = EnumSet.noneOf(ChoiceProblem.class);
		Set<UUID> distinct = Set.copyOf(chosen);
		if (distinct.size() < group.minChoices()) {
			problems.add(ChoiceProblem.TOO_FEW);
		}
		if (distinct.size() > group.maxChoices()) {
			problems.add(ChoiceProblem.TOO_MANY);
		}
		for (UUID id : distinct) {
			ProgrammeItem item = offered.stream()
				.filter(candidate -> candidate.id().equals(id) && group.id().equals(candidate.choiceGroupId()))
				.findFirst()
				.orElse(null);
			if (item == null) {
				problems.add(ChoiceProblem.NOT_OFFERED);
			}
			else if (item.capacity() != null && taken.getOrDefault(id, 0) >= item.capacity()) {
				problems.add(ChoiceProblem.FULL);
			}
		}
		return problems;
	}
}
