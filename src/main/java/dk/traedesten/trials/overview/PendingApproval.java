package dk.traedesten.trials.overview;

import java.util.UUID;

import dk.traedesten.trials.TrialState;

/**
 * An application waiting for a unit leader: the unit's approval (eligibility rule 5) or, for a co-applicant unit,
 * the confirmation that it takes part.
 */
public record PendingApproval(UUID trialId, String title, TrialState state, String unitName, boolean confirmation) {
}
