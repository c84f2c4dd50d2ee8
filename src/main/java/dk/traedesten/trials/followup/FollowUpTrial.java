package dk.traedesten.trials.followup;

import java.util.UUID;

import dk.traedesten.trials.TrialDecision;
import dk.traedesten.trials.TrialState;

/** The trial as the follow-up pages show it: its title, state, strategy (for the model elements) and decision. */
public record FollowUpTrial(UUID id, int municipalityCode, String title, TrialState state, UUID strategyId,
		TrialDecision decision) {

	/** PDSA cycles, notes and children's statements are written while the trial runs and after its status. */
	public boolean openForWork() {
		return state == TrialState.RUNNING || state == TrialState.STATUS_REPORTED;
	}

	/** From the start on, the trial has a status report page. */
	public boolean started() {
		return state.ordinal() >= TrialState.RUNNING.ordinal();
	}
}
