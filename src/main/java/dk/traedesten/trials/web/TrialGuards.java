package dk.traedesten.trials.web;

import java.util.UUID;

import dk.traedesten.identity.SignedInUser;
import dk.traedesten.trials.TrialAccess;
import dk.traedesten.trials.TrialNotFoundException;
import dk.traedesten.trials.TrialRole;
import dk.traedesten.trials.TrialTransitions;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The method-security expressions of the trials pages, and the per-trial checks behind them. */
final class TrialGuards {

	/** Anyone signed in who works in a municipality (not the platform administrator). */
	static final String MUNICIPAL = "isAuthenticated() and principal.municipalityCode() != null";

	static final String COORDINATOR = "hasRole('STRATEGY_COORDINATOR')";

	private TrialGuards() {
	}

	/** The trial is one the user may see, or it answers 404 like a trial that does not exist. */
	static void readable(TrialAccess access, UUID trialId) {
		if (!access.canRead(trialId)) {
			throw new TrialNotFoundException();
		}
	}

	/** Only the people on the application change it. */
	static void participant(TrialAccess access, UUID trialId) {
		readable(access, trialId);
		if (!access.rolesIn(trialId).contains(TrialRole.PARTICIPANT)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	static TrialTransitions.Actor actor() {
		SignedInUser user = TrialAccess.signedInUser();
		return new TrialTransitions.Actor(user.personId(), user.displayName());
	}
}
