package dk.traedesten.trials;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dk.traedesten.trials.TrialTransitions.Actor;
import dk.traedesten.trials.internal.TrialRepository;
import dk.traedesten.trials.internal.TrialStateStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings in history that happened before the platform recorded it (demo data, a migration from another
 * system): transitions with their original dates, checked against the lifecycle like any other. Imported
 * history is not news, so no {@link TrialTransitioned} event goes out and nobody is mailed.
 */
@Service
@Transactional
public class TrialHistoryImport {

	private final TrialStateStore store;

	private final TrialRepository trials;

	private final TrialApplications applications;

	private final TrialCalls calls;

	TrialHistoryImport(TrialStateStore store, TrialRepository trials, TrialApplications applications, TrialCalls calls) {
		this.store = store;
		this.trials = trials;
		this.applications = applications;
		this.calls = calls;
	}

	/** Starts a draft in a call that may have closed since, as it was started back then. */
	public UUID draft(UUID callId, String title, Actor creator, OffsetDateTime at) {
		TrialCall call = calls.find(callId).orElseThrow(TrialNotFoundException::new);
		UUID id = applications.draftIn(call, title, creator);
		trials.backdate(id, at);
		return id;
	}

	/** Adds a co-applicant unit as it was invited back then, without mailing its leaders now. */
	public void unit(UUID trialId, UUID unitId, String contribution) {
		TrialApplication application = trials.find(trialId).orElseThrow(TrialNotFoundException::new);
		trials.addUnit(trialId, application.municipalityCode(), unitId, application.leadUnit() == null, contribution);
	}

	/** Sets when the application was started (and its confirmations and approvals given). */
	public void created(UUID trialId, OffsetDateTime at) {
		trials.backdate(trialId, at);
	}

	/** Records a past transition. A selection's reason is kept as the selection reason. */
	public TrialState transition(UUID trialId, TrialAction action, Actor actor, String comment, OffsetDateTime at) {
		TrialStateStore.Locked trial = store.lock(trialId).orElseThrow(TrialNotFoundException::new);
		TrialState to = TrialLifecycle.apply(trial.state(), action);
		store.move(trial, to, actor.personId(), actor.name(), comment, at);
		if (action == TrialAction.SELECT || action == TrialAction.NOT_SELECT) {
			trials.storeSelectionReason(trialId, comment);
		}
		return to;
	}

	/** Records a past submission and the eligibility check that followed it a minute later. */
	public TrialState submitted(UUID trialId, Actor actor, OffsetDateTime at) {
		transition(trialId, TrialAction.SUBMIT, actor, "", at);
		TrialApplication application = trials.find(trialId).orElseThrow(TrialNotFoundException::new);
		TrialCall call = calls.find(application.callId()).orElseThrow();
		List<EligibilityProblem> problems = EligibilityRules.check(applications.facts(application, call), call.rules());
		trials.storeProblems(trialId, problems);
		return transition(trialId, problems.isEmpty() ? TrialAction.FIND_ELIGIBLE : TrialAction.FIND_INELIGIBLE,
				Actor.platform(), "", at.plusMinutes(1));
	}
}
