package dk.traedesten.trials;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the eligibility rules look at in an application, free of how it is stored.
 *
 * @param units the participating units, the lead unit included
 * @param bearingElements the ids of the strategy's bearing elements, each of which must be addressed
 * @param elementDescriptions how the application works with each element, by element id
 * @param measures the measures with their baseline plans
 */
public record ApplicationFacts(String intervention, List<ParticipatingUnit> units, List<UUID> bearingElements,
		Map<UUID, String> elementDescriptions, String childPerspective, List<String> childPerspectiveMethods,
		String aim, List<PlannedMeasure> measures, String changeIdeas) {

	public ApplicationFacts {
		units = List.copyOf(units);
		bearingElements = List.copyOf(bearingElements);
		elementDescriptions = Map.copyOf(elementDescriptions);
		childPerspectiveMethods = List.copyOf(childPerspectiveMethods);
		measures = List.copyOf(measures);
	}

	/**
	 * A unit taking part. A co-applicant unit counts once it has confirmed; the lead unit confirms by applying.
	 */
	public record ParticipatingUnit(UUID unitId, boolean lead, boolean confirmed, boolean approvedByLeader) {
	}

	public record PlannedMeasure(String name, String baselinePlan) {
	}
}
