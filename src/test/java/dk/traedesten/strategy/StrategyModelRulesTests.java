package dk.traedesten.strategy;

import static dk.traedesten.strategy.ElementKind.BEARING;
import static dk.traedesten.strategy.ElementKind.CENTRE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class StrategyModelRulesTests {

	@Test
	void acceptsTheKvintetModelAndKoebenhavnsThemesWithoutACentre() {
		assertThat(StrategyModelRules.problemWithModel(List.of(BEARING, BEARING, BEARING, BEARING, CENTRE))).isEmpty();
		assertThat(StrategyModelRules.problemWithModel(List.of(BEARING, BEARING, BEARING))).isEmpty();
		assertThat(StrategyModelRules.problemWithApproval(List.of(BEARING, BEARING, BEARING))).isEmpty();
		assertThat(StrategyModelRules.problemWithModel(KvintetTemplate.ELEMENTS.stream().map(ElementDraft::kind).toList()))
			.isEmpty();
	}

	@Test
	void letsABlankModelBeBuiltButNotApproved() {
		assertThat(StrategyModelRules.problemWithModel(List.of())).isEmpty();
		assertThat(StrategyModelRules.problemWithAdding(List.of(), CENTRE)).isEmpty();
		assertThat(StrategyModelRules.problemWithApproval(List.of())).contains(ModelProblem.APPROVAL_WITHOUT_BEARING);
		assertThat(StrategyModelRules.problemWithApproval(List.of(CENTRE))).contains(ModelProblem.APPROVAL_WITHOUT_BEARING);
	}

	@Test
	void refusesASecondCentre() {
		assertThat(StrategyModelRules.problemWithAdding(List.of(BEARING, CENTRE), CENTRE))
			.contains(ModelProblem.SECOND_CENTRE);
		assertThat(StrategyModelRules.problemWithChangingKind(List.of(BEARING, BEARING, CENTRE), 1, CENTRE))
			.contains(ModelProblem.SECOND_CENTRE);
		assertThat(StrategyModelRules.problemWithChangingKind(List.of(BEARING, CENTRE), 1, CENTRE)).isEmpty();
		assertThat(StrategyModelRules.problemWithModel(List.of(CENTRE, BEARING, CENTRE)))
			.contains(ModelProblem.SECOND_CENTRE);
	}

	@Test
	void refusesToLoseTheLastBearingElement() {
		assertThat(StrategyModelRules.problemWithRemoving(List.of(BEARING, CENTRE), 0)).contains(ModelProblem.LAST_BEARING);
		assertThat(StrategyModelRules.problemWithChangingKind(List.of(BEARING), 0, CENTRE))
			.contains(ModelProblem.LAST_BEARING);
		assertThat(StrategyModelRules.problemWithRemoving(List.of(BEARING, BEARING), 0)).isEmpty();
		assertThat(StrategyModelRules.problemWithRemoving(List.of(BEARING, CENTRE), 1)).isEmpty();
	}

	@Test
	void namesEachProblemsMessage() {
		assertThat(ModelProblem.LAST_BEARING.messageKey()).isEqualTo("strategy.model.problem.last-bearing");
	}

	/** One step a coordinator can take on the model: add an element, change one's kind, or remove one. */
	record Step(int operation, int index, ElementKind kind) {

		Optional<ModelProblem> problemWith(List<ElementKind> model) {
			int at = model.isEmpty() ? 0 : Math.floorMod(index, model.size());
			return switch (operation) {
				case 0 -> StrategyModelRules.problemWithAdding(model, kind);
				case 1 -> model.isEmpty() ? Optional.empty() : StrategyModelRules.problemWithChangingKind(model, at, kind);
				default -> model.isEmpty() ? Optional.empty() : StrategyModelRules.problemWithRemoving(model, at);
			};
		}

		void applyTo(List<ElementKind> model) {
			int at = model.isEmpty() ? 0 : Math.floorMod(index, model.size());
			switch (operation) {
				case 0 -> model.add(kind);
				case 1 -> {
					if (!model.isEmpty()) {
						model.set(at, kind);
					}
				}
				default -> {
					if (!model.isEmpty()) {
						model.remove(at);
					}
				}
			}
		}
	}

	@Provide
	Arbitrary<List<Step>> steps() {
		Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 2),
				Arbitraries.integers().between(0, 20), Arbitraries.of(ElementKind.class)).as(Step::new);
		return step.list().ofMaxSize(40);
	}

	@Property
	void noSequenceOfAllowedStepsGivesTwoCentresOrLosesTheLastBearingElement(@ForAll("steps") List<Step> steps) {
		List<ElementKind> model = new ArrayList<>();
		boolean hadBearing = false;
		for (Step step : steps) {
			if (step.problemWith(model).isEmpty()) {
				step.applyTo(model);
			}
			hadBearing |= model.contains(BEARING);
			assertThat(model.stream().filter(CENTRE::equals).count()).isLessThanOrEqualTo(1);
			if (hadBearing) {
				assertThat(model).contains(BEARING);
			}
		}
	}

	@Property
	void aRefusedStepWouldHaveBrokenARule(@ForAll("steps") List<Step> steps) {
		List<ElementKind> model = new ArrayList<>();
		for (Step step : steps) {
			Optional<ModelProblem> problem = step.problemWith(model);
			List<ElementKind> after = new ArrayList<>(model);
			step.applyTo(after);
			long centres = after.stream().filter(CENTRE::equals).count();
			boolean lostLastBearing = model.contains(BEARING) && !after.contains(BEARING);
			assertThat(problem.isPresent()).as("%s on %s", step, model).isEqualTo(centres > 1 || lostLastBearing);
			if (problem.isEmpty()) {
				model = after;
			}
		}
	}

	@Property
	void anyModelWithABearingElementMayBeApproved(@ForAll List<ElementKind> model) {
		assertThat(StrategyModelRules.problemWithApproval(model).isEmpty()).isEqualTo(model.contains(BEARING));
	}
}
