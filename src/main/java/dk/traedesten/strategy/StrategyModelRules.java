package dk.traedesten.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a strategy's model must keep, whatever the municipality. Stevns' kvintet model has four bearing elements
 * and one centre; København's action plan has three themes and no centre at all. So the rules ask only what the
 * trials need: at most one centre element (the one practice ground every trial belongs to), and at least one
 * bearing element once the model has any, since eligibility checks that a trial addresses every bearing element
 * and a model without one would make that check empty. A model being built from blank may have none yet, but a
 * strategy cannot be approved until it has one.
 */
public final class StrategyModelRules {

	private StrategyModelRules() {
	}

	/** Checks a change of the model, given its element kinds before and after, in order. */
	public static Optional<ModelProblem> problemWithChange(List<ElementKind> before, List<ElementKind> after) {
		if (count(after, ElementKind.CENTRE) > 1 && count(after, ElementKind.CENTRE) > count(before, ElementKind.CENTRE)) {
			return Optional.of(ModelProblem.SECOND_CENTRE);
		}
		if (count(before, ElementKind.BEARING) > 0 && count(after, ElementKind.BEARING) == 0) {
			return Optional.of(ModelProblem.LAST_BEARING);
		}
		return Optional.empty();
	}

	public static Optional<ModelProblem> problemWithAdding(List<ElementKind> model, ElementKind added) {
		List<ElementKind> after = new ArrayList<>(model);
		after.add(added);
		return problemWithChange(model, after);
	}

	public static Optional<ModelProblem> problemWithChangingKind(List<ElementKind> model, int index, ElementKind kind) {
		List<ElementKind> after = new ArrayList<>(model);
		after.set(index, kind);
		return problemWithChange(model, after);
	}

	public static Optional<ModelProblem> problemWithRemoving(List<ElementKind> model, int index) {
		List<ElementKind> after = new ArrayList<>(model);
		after.remove(index);
		return problemWithChange(model, after);
	}

	/** Whether a strategy with this model may carry an approval date. */
	public static Optional<ModelProblem> problemWithApproval(List<ElementKind> model) {
		return count(model, ElementKind.BEARING) == 0 ? Optional.of(ModelProblem.APPROVAL_WITHOUT_BEARING)
				: Optional.empty();
	}

	/** A model as a whole: what a new strategy's starting model (blank or from a template) must satisfy. */
	public static Optional<ModelProblem> problemWithModel(List<ElementKind> model) {
		return problemWithChange(List.of(), model);
	}

	private static long count(List<ElementKind> model, ElementKind kind) {
		return model.stream().filter(kind::equals).count();
	}
}
