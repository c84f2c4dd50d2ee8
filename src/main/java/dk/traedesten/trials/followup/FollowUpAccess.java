package dk.traedesten.trials.followup;

import java.util.UUID;

import dk.traedesten.trials.TrialAccess;
import dk.traedesten.trials.TrialNotFoundException;
import dk.traedesten.trials.TrialState;
import dk.traedesten.trials.TrialTransitions;
import dk.traedesten.identity.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what on a trial's follow-up pages. A trial the signed-in person may not read answers exactly like
 * one that does not exist (404); a reader who may not take an action gets 403. Participants and the staff and
 * leaders of its units work on the trial; the coordinator makes the agreement and closes; the committee reads.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpAccess {

	/** The trial and what the signed-in person may do with it. */
	public record Viewer(FollowUpTrial trial, boolean works, boolean coordinates) {

		public UUID trialId() {
			return trial.id();
		}
	}

	private final JdbcClient jdbc;

	private final TrialAccess access;

	FollowUpAccess(JdbcClient jdbc, TrialAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/** The trial for anyone who may read it, or {@link TrialNotFoundException}; selected trials and later only. */
	public Viewer read(UUID trialId) {
		FollowUpTrial trial = jdbc.sql("""
				select t.id, t.municipality_code, t.title, t.state, c.strategy_id, t.decision
				from trial t join trial_call c on c.id = t.call_id where t.id = :id""")
			.param("id", trialId)
			.query(FollowUpTrial.class)
			.optional()
			.filter(found -> found.state().ordinal() >= TrialState.SELECTED.ordinal()
					&& found.state() != TrialState.NOT_SELECTED)
			.orElseThrow(TrialNotFoundException::new);
		if (!access.canRead(trialId)) {
			throw new TrialNotFoundException();
		}
		return new Viewer(trial, access.canWork(trialId), access.coordinates(trialId));
	}

	/** For writing PDSA cycles, notes and reports: a participant or a member or leader of its units. */
	public Viewer work(UUID trialId) {
		Viewer viewer = read(trialId);
		if (!viewer.works()) {
			throw new AccessDeniedException("Only the trial's participants and units work on it");
		}
		return viewer;
	}

	/** For the agreement and the closing decision: the strategy coordinator. */
	public Viewer coordinate(UUID trialId) {
		Viewer viewer = read(trialId);
		if (!viewer.coordinates()) {
			throw new AccessDeniedException("Only the coordinator makes agreements and closes trials");
		}
		return viewer;
	}

	/** The signed-in person as the actor of a transition. */
	public static TrialTransitions.Actor actor() {
		SignedInUser user = TrialAccess.signedInUser();
		return new TrialTransitions.Actor(user.personId(), user.displayName());
	}
}
