package dk.traedesten.trials.internal;

import java.util.Optional;
import java.util.UUID;

import dk.traedesten.trials.TrialState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How a person relates to a trial, read in one query. */
@Repository
public class TrialMembershipQuery {

	/** The trial's state and the person's ties to it. */
	public record Relation(TrialState state, boolean participant, boolean unitMember, boolean unitLeader) {
	}

	private final JdbcClient jdbc;

	TrialMembershipQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Relation> relation(UUID trialId, UUID personId) {
		return jdbc.sql("""
				select t.state,
				       t.created_by = :person
				         or exists (select 1 from trial_participant p where p.trial_id = t.id and p.person_id = :person)
				         as participant,
				       exists (select 1 from trial_unit tu join membership m on m.unit_id = tu.unit_id
				               where tu.trial_id = t.id and m.person_id = :person and m.role = 'STAFF') as unit_member,
				       exists (select 1 from trial_unit tu join membership m on m.unit_id = tu.unit_id
				               where tu.trial_id = t.id and m.person_id = :person and m.role = 'UNIT_LEADER') as unit_leader
				from trial t where t.id = :trial""")
			.param("trial", trialId)
			.param("person", personId)
			.query(Relation.class)
			.optional();
	}
}
