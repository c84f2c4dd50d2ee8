package dk.traedesten.trials;

import java.util.UUID;

/**
 * Published after every lifecycle transition, for notifications now and for the measures and catalogue
 * modules later. The actor is null when the platform moved the trial (the eligibility check).
 */
public record TrialTransitioned(UUID trialId, int municipalityCode, TrialState from, TrialAction action, TrialState to,
		UUID actorId, String comment) {
}
