package dk.traedesten.trials;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trial as other modules (measures) need it: its title, the people on its team, whom a signal in its data
 * is told to, and its PDSA cycles, to which a note on a data point can be linked. Read under row-level security.
 */
@Service
@Transactional(readOnly = true)
public class TrialTeams {

	/** One person of the trial's team: a participant named on it, or staff or a leader of one of its units. */
	public record Member(UUID personId, String name, String email) {
	}

	/** A PDSA cycle by its number and objective. */
	public record Cycle(UUID id, int number, String objective) {
	}

	/** A trial by its title, with the state it has reached. */
	public record TrialRef(UUID id, String title, TrialState state) {
	}

	/** A trial with an agreement, by the date it starts (its baseline lies before that date). */
	public record Started(UUID id, int municipalityCode, String title, TrialState state, LocalDate startsOn) {
	}

	private final JdbcClient jdbc;

	TrialTeams(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<TrialRef> trial(UUID trialId) {
		return jdbc.sql("select id, title, state from trial where id = :id")
			.param("id", trialId)
			.query((rs, i) -> new TrialRef(rs.getObject("id", UUID.class), rs.getString("title"),
					TrialState.valueOf(rs.getString("state"))))
			.optional();
	}

	/** The team: participants, and the staff and leaders of the trial's units, each once, by name. */
	public List<Member> team(UUID trialId) {
		return jdbc.sql("""
				select distinct p.id, p.name, p.email from person p
				where p.id in (select person_id from trial_participant where trial_id = :trial)
				   or p.id in (select m.person_id from membership m join trial_unit u on u.unit_id = m.unit_id
				               where u.trial_id = :trial and m.role in ('STAFF', 'UNIT_LEADER'))
				order by p.name""")
			.param("trial", trialId)
			.query((rs, i) -> new Member(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email")))
			.list();
	}

	public List<Cycle> cycles(UUID trialId) {
		return jdbc.sql("select id, number, objective from pdsa_cycle where trial_id = :trial order by number")
			.param("trial", trialId)
			.query((rs, i) -> new Cycle(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getString("objective")))
			.list();
	}

	/** The trials the signed-in person works on (participant or unit staff/leader) from selection on, by title. */
	public List<TrialRef> workedOnBy(UUID personId) {
		return jdbc.sql("""
				select t.id, t.title, t.state from trial t
				where t.state in ('SELECTED', 'AGREEMENT_MADE', 'RUNNING', 'STATUS_REPORTED', 'EVALUATED', 'CLOSED')
				  and (exists (select 1 from trial_participant p where p.trial_id = t.id and p.person_id = :person)
				       or exists (select 1 from trial_unit u join membership m on m.unit_id = u.unit_id
				                  where u.trial_id = t.id and m.person_id = :person and m.role in ('STAFF', 'UNIT_LEADER')))
				order by t.title""")
			.param("person", personId)
			.query((rs, i) -> new TrialRef(rs.getObject("id", UUID.class), rs.getString("title"),
					TrialState.valueOf(rs.getString("state"))))
			.list();
	}

	/** The trials with an agreement, earliest start first. */
	public List<Started> started() {
		return jdbc.sql("""
				select t.id, t.municipality_code, t.title, t.state, a.starts_on from trial t join trial_agreement a on a.trial_id = t.id
				order by a.starts_on, t.title""")
			.query((rs, i) -> new Started(rs.getObject("id", UUID.class), rs.getInt("municipality_code"), rs.getString("title"),
					TrialState.valueOf(rs.getString("state")), rs.getObject("starts_on", LocalDate.class)))
			.list();
	}
}
