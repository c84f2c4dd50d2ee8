package dk.traedesten.trials.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.committees.LinkKind;
import dk.traedesten.committees.LinkTargets;
import dk.traedesten.trials.TrialCall;
import dk.traedesten.trials.TrialCalls;
import dk.traedesten.trials.TrialState;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trials and calls an agenda item may be linked to (decision 0017): every call of the municipality, and its
 * trials from selection on (a committee decides on trials that were selected, not on applications in progress).
 */
@Component
@Transactional(readOnly = true)
class TrialLinkTargets implements LinkTargets {

	private final TrialCalls calls;

	private final TrialRepository trials;

	TrialLinkTargets(TrialCalls calls, TrialRepository trials) {
		this.calls = calls;
		this.trials = trials;
	}

	@Override
	public List<LinkKind> kinds() {
		return List.of(LinkKind.TRIAL, LinkKind.CALL);
	}

	@Override
	public List<LinkTarget> choices() {
		List<LinkTarget> choices = new ArrayList<>();
		for (TrialCall call : calls.all()) {
			choices.add(call(call));
			trials.summaries(call.id()).stream()
				.filter(trial -> decidable(trial.state()))
				.forEach(trial -> choices.add(new LinkTarget(LinkKind.TRIAL, trial.id(), trial.title(),
						"/proevehandlinger/" + trial.id())));
		}
		return choices;
	}

	@Override
	public Optional<LinkTarget> target(LinkKind kind, UUID id) {
		if (kind == LinkKind.CALL) {
			return calls.find(id).map(TrialLinkTargets::call);
		}
		if (kind == LinkKind.TRIAL) {
			return trials.find(id).map(trial -> new LinkTarget(LinkKind.TRIAL, trial.id(), trial.title(),
					"/proevehandlinger/" + trial.id()));
		}
		return Optional.empty();
	}

	private static boolean decidable(TrialState state) {
		return state.active() || state == TrialState.CLOSED;
	}

	private static LinkTarget call(TrialCall call) {
		return new LinkTarget(LinkKind.CALL, call.id(), call.title(), "/proevehandlinger/ansoegningsrunder/" + call.id());
	}
}
