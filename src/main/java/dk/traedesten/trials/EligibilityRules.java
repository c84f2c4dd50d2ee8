package dk.traedesten.trials;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The five eligibility rules of DOMAIN.md §3, checked when an application is submitted. Every failure is
 * returned (not just the first) so the applicant sees all of them next to their fields at once.
 */
public final class EligibilityRules {

	/** What a call may set: how many different units must take part (the seed's rule is two). */
	public record CallRules(int minimumUnits) {

		public static final CallRules DEFAULT = new CallRules(2);

		public CallRules {
			if (minimumUnits < 1) {
				throw new IllegalArgumentException("A trial needs at least one unit");
			}
		}
	}

	private EligibilityRules() {
	}

	public static List<EligibilityProblem> check(ApplicationFacts application, CallRules rules) {
		List<EligibilityProblem> problems = new ArrayList<>();
		collaboration(application, rules, problems);
		model(application, problems);
		childPerspective(application, problems);
		improvementModel(application, problems);
		leadership(application, problems);
		return List.copyOf(problems);
	}

	public static boolean eligible(ApplicationFacts application, CallRules rules) {
		return check(application, rules).isEmpty();
	}

	/** Rule 1: at least two different units collaborate; a co-applicant counts once it has confirmed. */
	private static void collaboration(ApplicationFacts application, CallRules rules, List<EligibilityProblem> problems) {
		Set<UUID> distinct = application.units()
			.stream()
			.map(ApplicationFacts.ParticipatingUnit::unitId)
			.collect(Collectors.toSet());
		if (distinct.size() < rules.minimumUnits()) {
			problems.add(new EligibilityProblem(1, "units", "too-few-units"));
		}
		else if (confirmedUnits(application) < rules.minimumUnits()) {
			problems.add(new EligibilityProblem(1, "units", "not-confirmed"));
		}
	}

	private static long confirmedUnits(ApplicationFacts application) {
		return application.units()
			.stream()
			.filter(unit -> unit.lead() || unit.confirmed())
			.map(ApplicationFacts.ParticipatingUnit::unitId)
			.distinct()
			.count();
	}

	/** Rule 2: every bearing element is addressed, and the intervention is the centre element's practice. */
	private static void model(ApplicationFacts application, List<EligibilityProblem> problems) {
		for (UUID element : application.bearingElements()) {
			if (blank(application.elementDescriptions().get(element))) {
				problems.add(new EligibilityProblem(2, "elements[" + element + "]", "element-missing"));
			}
		}
		if (blank(application.intervention())) {
			problems.add(new EligibilityProblem(2, "intervention", "intervention-missing"));
		}
	}

	/** Rule 3: the child's perspective and voice are planned for, with at least one method. */
	private static void childPerspective(ApplicationFacts application, List<EligibilityProblem> problems) {
		if (blank(application.childPerspective())) {
			problems.add(new EligibilityProblem(3, "childPerspective", "child-perspective-missing"));
		}
		if (application.childPerspectiveMethods().stream().allMatch(EligibilityRules::blank)) {
			problems.add(new EligibilityProblem(3, "childPerspectiveMethods", "child-methods-missing"));
		}
	}

	/** Rule 4: the improvement model — an aim, a measure with a baseline plan, a change idea. */
	private static void improvementModel(ApplicationFacts application, List<EligibilityProblem> problems) {
		if (blank(application.aim())) {
			problems.add(new EligibilityProblem(4, "aim", "aim-missing"));
		}
		if (application.measures().stream().allMatch(measure -> blank(measure.name()))) {
			problems.add(new EligibilityProblem(4, "measures", "measure-missing"));
		}
		else if (application.measures()
			.stream()
			.filter(measure -> !blank(measure.name()))
			.allMatch(measure -> blank(measure.baselinePlan()))) {
			problems.add(new EligibilityProblem(4, "measures", "baseline-missing"));
		}
		if (blank(application.changeIdeas())) {
			problems.add(new EligibilityProblem(4, "changeIdeas", "change-ideas-missing"));
		}
	}

	/** Rule 5: staff and management together — a leader of every participating unit has approved. */
	private static void leadership(ApplicationFacts application, List<EligibilityProblem> problems) {
		if (!application.units().isEmpty()
				&& !application.units().stream().allMatch(ApplicationFacts.ParticipatingUnit::approvedByLeader)) {
			problems.add(new EligibilityProblem(5, "approvals", "approval-missing"));
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
