package dk.traedesten.strategy;

import java.util.List;

/** A whole strategy as its staff read it, every list in the strategy's order. */
public record StrategyDocument(StrategySummary summary, String vision, String goals, List<ModelElement> elements,
		List<Milestone> milestones, List<CyclePhase> phases, List<CommunicationItem> communication,
		List<OnboardingItem> onboarding) {

	public StrategyDocument {
		elements = List.copyOf(elements);
		milestones = List.copyOf(milestones);
		phases = List.copyOf(phases);
		communication = List.copyOf(communication);
		onboarding = List.copyOf(onboarding);
	}

	public StrategyBasics basics() {
		return new StrategyBasics(summary.title(), summary.approvedOn(), vision, goals, summary.modelName());
	}

	public List<ElementKind> kinds() {
		return elements.stream().map(ModelElement::kind).toList();
	}
}
