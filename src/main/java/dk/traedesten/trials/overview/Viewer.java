package dk.traedesten.trials.overview;

import java.util.UUID;

import dk.traedesten.identity.SignedInUser;
import dk.traedesten.organisation.Role;

/**
 * The person an overview is for, reduced to what decides which trials they see: who they are, and whether their
 * role lets them read every submitted application (the coordinator) or every one from review on (the selection
 * committee), as in
 * {@link dk.traedesten.trials.TrialAccess}.
 */
public record Viewer(UUID personId, boolean seesSubmitted, boolean seesInReview) {

	public static Viewer of(SignedInUser user) {
		return new Viewer(user.personId(), user.holds(Role.STRATEGY_COORDINATOR),
				user.holds(Role.SELECTION_COMMITTEE_MEMBER));
	}
}
