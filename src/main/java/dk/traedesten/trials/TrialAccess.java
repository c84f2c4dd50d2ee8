package dk.traedesten.trials;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import dk.traedesten.identity.SignedInUser;
import dk.traedesten.organisation.Role;
import dk.traedesten.trials.internal.TrialMembershipQuery;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and change one trial (issue 4, item 11). Staff see their own trials and drafts; members of a
 * participating unit see its trials; leaders approve for their own units; the coordinator sees everything
 * that has been submitted; committee members read applications from review on. Nobody sees another
 * municipality's trials: row-level security hides them before these rules are asked.
 */
@Service
@Transactional(readOnly = true)
public class TrialAccess {

	private final TrialMembershipQuery memberships;

	TrialAccess(TrialMembershipQuery memberships) {
		this.memberships = memberships;
	}

	/** The signed-in person's relations to the trial; empty when they have none or the trial is not theirs to see. */
	public Set<TrialRole> rolesIn(UUID trialId) {
		SignedInUser user = signedInUser();
		Set<TrialRole> roles = EnumSet.noneOf(TrialRole.class);
		if (user == null || user.municipalityCode() == null) {
			return roles;
		}
		TrialMembershipQuery.Relation relation = memberships.relation(trialId, user.personId()).orElse(null);
		if (relation == null) {
			return roles;
		}
		if (relation.participant()) {
			roles.add(TrialRole.PARTICIPANT);
		}
		if (relation.unitMember()) {
			roles.add(TrialRole.UNIT_MEMBER);
		}
		if (relation.unitLeader()) {
			roles.add(TrialRole.UNIT_LEADER);
		}
		boolean submitted = relation.state() != TrialState.DRAFT;
		if (submitted && user.holds(Role.STRATEGY_COORDINATOR)) {
			roles.add(TrialRole.COORDINATOR);
		}
		// The committee reads applications once they are sent to review (issue 4, item 11), not before.
		boolean reviewed = relation.state().ordinal() >= TrialState.IN_REVIEW.ordinal();
		if (reviewed && user.holds(Role.SELECTION_COMMITTEE_MEMBER)) {
			roles.add(TrialRole.COMMITTEE_MEMBER);
		}
		return roles;
	}

	public boolean canRead(UUID trialId) {
		return !rolesIn(trialId).isEmpty();
	}

	/** Participants and the staff of its units work on the trial: the draft, PDSA cycles, notes and reports. */
	public boolean canWork(UUID trialId) {
		Set<TrialRole> roles = rolesIn(trialId);
		return roles.contains(TrialRole.PARTICIPANT) || roles.contains(TrialRole.UNIT_MEMBER)
				|| roles.contains(TrialRole.UNIT_LEADER);
	}

	public boolean coordinates(UUID trialId) {
		return rolesIn(trialId).contains(TrialRole.COORDINATOR);
	}

	/** The signed-in person, or null when nobody is signed in. */
	public static SignedInUser signedInUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
	}
}
