package dk.traedesten.strategy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import dk.traedesten.strategy.internal.StrategyReader;
import dk.traedesten.strategy.internal.StrategyStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a municipality's strategy: its basics, the model's elements with their guiding points, the timeline, the
 * annual cycle, the communication plan and the onboarding checklist. It keeps {@link StrategyModelRules} and
 * unique titles; who may call it is decided by the callers' web layer. A strategy or item of another municipality
 * is hidden by row-level security and reported as {@link StrategyNotFoundException}.
 */
@Service
@Transactional
public class StrategyAdministration {

	private final StrategyStore store;

	private final StrategyReader reader;

	StrategyAdministration(StrategyStore store, StrategyReader reader) {
		this.store = store;
		this.reader = reader;
	}

	/**
	 * Creates a strategy with a starting model: empty, or a template such as {@link KvintetTemplate#ELEMENTS}.
	 * @throws StrategyChangeRefusedException when the title is taken or the model breaks the rules
	 */
	public UUID create(int municipalityCode, StrategyBasics basics, List<ElementDraft> model) {
		List<ElementKind> kinds = model.stream().map(ElementDraft::kind).toList();
		refuse(StrategyModelRules.problemWithModel(kinds), null);
		if (basics.approvedOn() != null) {
			refuse(StrategyModelRules.problemWithApproval(kinds), "approvedOn");
		}
		if (store.titleTaken(municipalityCode, basics.title(), null)) {
			throw new StrategyChangeRefusedException("title", "strategy.error.title-taken");
		}
		UUID id = store.insertStrategy(municipalityCode, basics);
		model.forEach(element -> store.insertElement(id, element));
		return id;
	}

	public void change(UUID strategyId, StrategyBasics basics) {
		int municipalityCode = lock(strategyId);
		if (basics.approvedOn() != null) {
			refuse(StrategyModelRules.problemWithApproval(kinds(strategyId)), "approvedOn");
		}
		if (store.titleTaken(municipalityCode, basics.title(), strategyId)) {
			throw new StrategyChangeRefusedException("title", "strategy.error.title-taken");
		}
		store.updateStrategy(strategyId, basics);
	}

	public UUID addElement(UUID strategyId, ElementDraft element) {
		lock(strategyId);
		refuse(StrategyModelRules.problemWithAdding(kinds(strategyId), element.kind()), "kind");
		nameFree(strategyId, null, element.name());
		return found(() -> store.insertElement(strategyId, element));
	}

	public void changeElement(UUID strategyId, UUID elementId, ElementDraft element) {
		lock(strategyId);
		int index = indexOf(strategyId, elementId);
		refuse(StrategyModelRules.problemWithChangingKind(kinds(strategyId), index, element.kind()), "kind");
		nameFree(strategyId, elementId, element.name());
		store.updateElement(strategyId, elementId, element);
	}

	/**
	 * Removes an element with its guiding points.
	 * @throws org.springframework.dao.DataIntegrityViolationException when trials address the element (the
	 *     foreign key of their {@code trial_element} rows): the caller tells the user it is in use
	 */
	public void removeElement(UUID strategyId, UUID elementId) {
		lock(strategyId);
		int index = indexOf(strategyId, elementId);
		refuse(StrategyModelRules.problemWithRemoving(kinds(strategyId), index), null);
		store.delete(StrategyPart.ELEMENT, strategyId, elementId);
	}

	public UUID addMilestone(UUID strategyId, Milestone milestone) {
		datesInOrder(milestone);
		return found(() -> store.insertMilestone(strategyId, milestone));
	}

	public void changeMilestone(UUID strategyId, UUID milestoneId, Milestone milestone) {
		datesInOrder(milestone);
		found(store.updateMilestone(strategyId, milestoneId, milestone));
	}

	public UUID addPhase(UUID strategyId, CyclePhase phase) {
		return found(() -> store.insertPhase(strategyId, phase));
	}

	public void changePhase(UUID strategyId, UUID phaseId, CyclePhase phase) {
		found(store.updatePhase(strategyId, phaseId, phase));
	}

	public UUID addCommunication(UUID strategyId, CommunicationItem item) {
		return found(() -> store.insertCommunication(strategyId, item));
	}

	public void changeCommunication(UUID strategyId, UUID itemId, CommunicationItem item) {
		found(store.updateCommunication(strategyId, itemId, item));
	}

	public UUID addOnboarding(UUID strategyId, OnboardingItem item) {
		return found(() -> store.insertOnboarding(strategyId, item));
	}

	public void changeOnboarding(UUID strategyId, UUID itemId, OnboardingItem item) {
		found(store.updateOnboarding(strategyId, itemId, item));
	}

	/** Moves an item one place up or down its list; the first stays first. */
	public void move(StrategyPart part, UUID strategyId, UUID itemId, boolean up) {
		found(store.move(part, strategyId, itemId, up));
	}

	/** Removes an item of any list but the model, whose elements go through {@link #removeElement}. */
	public void remove(StrategyPart part, UUID strategyId, UUID itemId) {
		if (part == StrategyPart.ELEMENT) {
			removeElement(strategyId, itemId);
			return;
		}
		found(store.delete(part, strategyId, itemId));
	}

	private int lock(UUID strategyId) {
		return store.lock(strategyId).orElseThrow(StrategyNotFoundException::new);
	}

	private List<ElementKind> kinds(UUID strategyId) {
		return reader.elements(strategyId).stream().map(ModelElement::kind).toList();
	}

	private int indexOf(UUID strategyId, UUID elementId) {
		List<ModelElement> elements = reader.elements(strategyId);
		for (int index = 0; index < elements.size(); index++) {
			if (elements.get(index).id().equals(elementId)) {
				return index;
			}
		}
		throw new StrategyNotFoundException();
	}

	private void nameFree(UUID strategyId, UUID elementId, String name) {
		if (reader.elements(strategyId).stream()
			.anyMatch(other -> !other.id().equals(elementId) && other.name().equalsIgnoreCase(name))) {
			throw new StrategyChangeRefusedException("name", "strategy.element.error.name-taken");
		}
	}

	private static void datesInOrder(Milestone milestone) {
		if (!Milestone.datesInOrder(milestone.startsOn(), milestone.endsOn())) {
			throw new StrategyChangeRefusedException("endsOn", "strategy.milestone.error.ends-before-start");
		}
	}

	private static void refuse(Optional<ModelProblem> problem, String field) {
		problem.ifPresent(found -> {
			throw new StrategyChangeRefusedException(field, found.messageKey());
		});
	}

	private static UUID found(Supplier<Optional<UUID>> insert) {
		return insert.get().orElseThrow(StrategyNotFoundException::new);
	}

	private static void found(boolean changed) {
		if (!changed) {
			throw new StrategyNotFoundException();
		}
	}
}
