package dk.traedesten.trials;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.organisation.UnitKind;

/** An application (and the trial it becomes) as the pages and other modules read it. */
public record TrialApplication(UUID id, int municipalityCode, UUID callId, TrialState state, String title,
		String intervention, String problem, Integer ageFrom, Integer ageTo, List<UnitKind> unitKinds,
		Integer childCount, String childPerspective, List<ChildVoiceMethod> childPerspectiveMethods, String aim,
		String changeIdeas, String firstCycle, String expectedEffect, boolean dataQualitative,
		boolean dataQuantitative, String dataCollection, Integer hoursRequested, Integer moneyRequested,
		List<EligibilityProblem> eligibilityProblems, String selectionReason, UUID createdBy, String createdByName,
		OffsetDateTime createdAt, OffsetDateTime updatedAt, List<Unit> units, List<Participant> participants,
		Map<UUID, String> elements, List<Measure> measures) {

	public TrialApplication {
		unitKinds = List.copyOf(unitKinds);
		childPerspectiveMethods = List.copyOf(childPerspectiveMethods);
		eligibilityProblems = List.copyOf(eligibilityProblems);
		units = List.copyOf(units);
		participants = List.copyOf(participants);
		elements = Map.copyOf(elements);
		measures = List.copyOf(measures);
	}

	/** A participating unit: the lead unit is the applicant's; the others confirm; a leader of each approves. */
	public record Unit(UUID unitId, String name, UnitKind kind, boolean lead, String contribution,
			OffsetDateTime confirmedAt, String confirmedByName, OffsetDateTime approvedAt, String approvedByName) {

		public boolean confirmed() {
			return lead || confirmedAt != null;
		}

		public boolean approved() {
			return approvedAt != null;
		}

		/** Approved while a draft that has been changed since: the leader approved an earlier version. */
		public boolean approvedBeforeChangeOf(TrialApplication application) {
			return approved() && application.state() == TrialState.DRAFT
					&& application.updatedAt().isAfter(approvedAt);
		}
	}

	public record Participant(UUID personId, String name, String role) {
	}

	public record Measure(String name, MeasureOutcome outcome, String baselinePlan, String target) {
	}

	public Unit leadUnit() {
		return units.stream().filter(Unit::lead).findFirst().orElse(null);
	}

	/** The problems of the last submission that belong to a field (an element's field counts as its own). */
	public List<EligibilityProblem> problemsOf(String field) {
		return eligibilityProblems.stream().filter(problem -> problem.field().equals(field)).toList();
	}
}
