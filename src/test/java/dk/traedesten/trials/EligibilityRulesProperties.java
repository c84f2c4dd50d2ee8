package dk.traedesten.trials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class EligibilityRulesProperties {

	@Provide
	Arbitrary<ApplicationFacts> applications() {
		Arbitrary<String> text = Arbitraries.of("", " ", "Vi gør noget konkret");
		Arbitrary<List<ApplicationFacts.ParticipatingUnit>> units = Combinators
			.combine(Arbitraries.create(UUID::randomUUID), Arbitraries.of(true, false), Arbitraries.of(true, false),
					Arbitraries.of(true, false))
			.as(ApplicationFacts.ParticipatingUnit::new)
			.list()
			.ofMaxSize(4);
		Arbitrary<List<UUID>> elements = Arbitraries.create(UUID::randomUUID).list().ofMinSize(0).ofMaxSize(5);
		return Combinators.combine(text, units, elements, Arbitraries.of(true, false), text, text, text, text)
			.as((intervention, unitList, bearing, described, perspective, method, aim, ideas) -> {
				Map<UUID, String> descriptions = new HashMap<>();
				if (described) {
					bearing.forEach(element -> descriptions.put(element, "Beskrevet"));
				}
				return new ApplicationFacts(intervention, unitList, bearing, descriptions, perspective, List.of(method), aim,
						List.of(new ApplicationFacts.PlannedMeasure(aim, ideas)), ideas);
			});
	}

	static ApplicationFacts complete(int units) {
		List<ApplicationFacts.ParticipatingUnit> list = new ArrayList<>();
		for (int i = 0; i < units; i++) {
			list.add(new ApplicationFacts.ParticipatingUnit(UUID.randomUUID(), i == 0, true, true));
		}
		UUID element = UUID.randomUUID();
		return new ApplicationFacts("Co-teaching", list, List.of(element), Map.of(element, "Sådan"), "Interview",
				List.of("INTERVIEWS"), "Mere trivsel", List.of(new ApplicationFacts.PlannedMeasure("Trivsel", "Før start")),
				"Fælles planlægning");
	}

	@Property
	void addingAConfirmedApprovedUnitNeverAddsAProblem(@ForAll("applications") ApplicationFacts application,
			@ForAll @IntRange(min = 1, max = 4) int minimumUnits) {
		EligibilityRules.CallRules rules = new EligibilityRules.CallRules(minimumUnits);
		List<ApplicationFacts.ParticipatingUnit> more = new ArrayList<>(application.units());
		more.add(new ApplicationFacts.ParticipatingUnit(UUID.randomUUID(), false, true, true));
		ApplicationFacts larger = new ApplicationFacts(application.intervention(), more, application.bearingElements(),
				application.elementDescriptions(), application.childPerspective(), application.childPerspectiveMethods(),
				application.aim(), application.measures(), application.changeIdeas());
		List<EligibilityProblem> before = EligibilityRules.check(application, rules);
		List<EligibilityProblem> after = EligibilityRules.check(larger, rules);
		assertThat(before).containsAll(after.stream().filter(problem -> problem.rule() != 1).toList());
		assertThat(after.stream().filter(problem -> problem.rule() == 1).count())
			.isLessThanOrEqualTo(before.stream().filter(problem -> problem.rule() == 1).count());
	}

	@Property
	void everyProblemNamesAFieldOfTheFormAndAMessage(@ForAll("applications") ApplicationFacts application,
			@ForAll @IntRange(min = 1, max = 4) int minimumUnits) {
		for (EligibilityProblem problem : EligibilityRules.check(application, new EligibilityRules.CallRules(minimumUnits))) {
			assertThat(ApplicationStep.holding(problem.field())).as(problem.field()).isPresent();
			assertThat(problem.rule()).isBetween(1, 5);
			assertThat(EligibilityProblem.decode(problem.encoded())).isEqualTo(problem);
		}
	}

	@Property
	void anApplicationMeetingEveryRulePassesForAnyMinimumUpToItsUnits(@ForAll @IntRange(min = 1, max = 6) int units,
			@ForAll @IntRange(min = 1, max = 6) int minimumUnits) {
		ApplicationFacts application = complete(units);
		boolean eligible = EligibilityRules.eligible(application, new EligibilityRules.CallRules(minimumUnits));
		assertThat(eligible).isEqualTo(minimumUnits <= units);
	}

	@Property
	void anApplicationWithoutAnyUnitsHasOnlyTheCollaborationProblemForUnits(
			@ForAll @IntRange(min = 1, max = 4) int minimumUnits) {
		ApplicationFacts none = new ApplicationFacts("x", List.of(), List.of(), Map.of(), "x", List.of("x"), "x",
				List.of(new ApplicationFacts.PlannedMeasure("x", "x")), "x");
		assertThat(EligibilityRules.check(none, new EligibilityRules.CallRules(minimumUnits)))
			.containsExactly(new EligibilityProblem(1, "units", "too-few-units"));
	}

	@Property
	void aNamedMeasureWithoutABaselinePlanIsNamedAsSuch(@ForAll @IntRange(min = 2, max = 4) int units) {
		ApplicationFacts complete = complete(units);
		ApplicationFacts withoutBaseline = new ApplicationFacts(complete.intervention(), complete.units(),
				complete.bearingElements(), complete.elementDescriptions(), complete.childPerspective(),
				complete.childPerspectiveMethods(), complete.aim(),
				List.of(new ApplicationFacts.PlannedMeasure("Trivsel", " ")), complete.changeIdeas());
		assertThat(EligibilityRules.check(withoutBaseline, EligibilityRules.CallRules.DEFAULT))
			.containsExactly(new EligibilityProblem(4, "measures", "baseline-missing"));
	}
}
