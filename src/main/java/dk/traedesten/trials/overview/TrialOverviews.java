package dk.traedesten.trials.overview;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.trials.TrialState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of the trials landing page (issue 4, item 10): the viewer's own trials, what waits for a unit leader,
 * the coordinator's dashboard, the committee's reading list and the open calls. Each list filters by
 * {@link TrialVisibility} in SQL; row-level security keeps other municipalities out.
 */
@Service
@Transactional(readOnly = true)
public class TrialOverviews {

	static final String HIT_COLUMNS = """
			select t.id, t.title, t.state, c.title as call_title,
			       (select string_agg(u.name, ', ' order by hu.lead desc, u.name)
			        from trial_unit hu join unit u on u.id = hu.unit_id where hu.trial_id = t.id) as units,
			       cast(t.updated_at at time zone 'Europe/Copenhagen' as date) as updated_on
			from trial t join trial_call c on c.id = t.call_id
			""";

	private final JdbcClient jdbc;

	TrialOverviews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Trials the viewer created, takes part in, or whose units they work in: drafts first, then by next date. */
	public List<MyTrial> mine(Viewer viewer, LocalDate today) {
		return jdbc.sql("""
				select t.id, t.title, t.state, c.title as call_title,
				       case when t.state = 'DRAFT' then c.closes_on else %s end as next_due_on
				from trial t join trial_call c on c.id = t.call_id
				     left join trial_agreement a on a.trial_id = t.id
				where %s
				order by t.state = 'DRAFT' desc, next_due_on nulls last, lower(t.title), t.id
				""".formatted(DueDates.NEXT, TrialVisibility.OWN))
			.param("viewer", viewer.personId())
			.param("today", today)
			.query(MyTrial.class)
			.list();
	}

	/** Applications where a unit the viewer leads has not approved, or as co-applicant not confirmed, yet. */
	public List<PendingApproval> awaitingApproval(Viewer viewer) {
		return jdbc.sql("""
				select t.id as trial_id, t.title, t.state, u.name as unit_name,
				       (not tu.lead and tu.confirmed_at is null) as confirmation
				from trial t join trial_unit tu on tu.trial_id = t.id join unit u on u.id = tu.unit_id
				where t.state in ('DRAFT', 'SUBMITTED', 'INELIGIBLE', 'ELIGIBLE', 'IN_REVIEW')
				  and (tu.approved_at is null or (not tu.lead and tu.confirmed_at is null))
				  and exists (select 1 from membership m
				              where m.unit_id = tu.unit_id and m.person_id = :viewer and m.role = 'UNIT_LEADER')
				order by lower(t.title), u.name
				""")
			.param("viewer", viewer.personId())
			.query(PendingApproval.class)
			.list();
	}

	/** Every call, newest deadline first, with its visible trials counted by state. */
	public List<CallSummary> calls(Viewer viewer) {
		Map<UUID, CallSummary> calls = new LinkedHashMap<>();
		jdbc.sql("""
				select c.id, c.title, c.closes_on, c.target_count, t.state, count(t.id) as trials
				from trial_call c left join trial t on t.call_id = c.id and %s
				group by c.id, c.title, c.closes_on, c.target_count, t.state
				order by c.closes_on desc, c.title
				""".formatted(TrialVisibility.PREDICATE))
			.param("viewer", viewer.personId())
			.param("seesSubmitted", viewer.seesSubmitted())
			.param("seesInReview", viewer.seesInReview())
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				CallSummary call = calls.computeIfAbsent(id, key -> summary(rs));
				String state = rs.getString("state");
				if (state != null) {
					call.counts().put(TrialState.valueOf(state), rs.getInt("trials"));
				}
			});
		return List.copyOf(calls.values());
	}

	private static CallSummary summary(java.sql.ResultSet rs) {
		try {
			return new CallSummary(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getObject("closes_on", LocalDate.class), rs.getInt("target_count"),
					new EnumMap<>(TrialState.class));
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Outstanding baselines, status reports and evaluations of the trials the viewer sees, soonest (most overdue) first. */
	public List<DueItem> due(Viewer viewer, LocalDate today) {
		return jdbc.sql("""
				select trial_id, title, kind, due_on, due_on - cast(:today as date) as days_left
				from (select t.id as trial_id, t.title, k.kind,
				             case k.kind when 'BASELINE' then %s when 'STATUS' then %s else %s end as due_on
				      from trial t join trial_agreement a on a.trial_id = t.id
				           cross join (values ('BASELINE'), ('STATUS'), ('EVALUATION')) as k (kind)
				      where %s) as outstanding
				where due_on is not null
				order by due_on, lower(title), kind
				""".formatted(DueDates.BASELINE, DueDates.STATUS, DueDates.EVALUATION, TrialVisibility.PREDICATE))
			.param("viewer", viewer.personId())
			.param("seesSubmitted", viewer.seesSubmitted())
			.param("seesInReview", viewer.seesInReview())
			.param("today", today)
			.query(DueItem.class)
			.list();
	}

	/** Applications that are submitted and not yet decided on, for the selection committee to read. */
	public List<TrialHit> inReview(Viewer viewer) {
		return jdbc.sql(HIT_COLUMNS + """
				where t.state in ('SUBMITTED', 'ELIGIBLE', 'IN_REVIEW') and %s
				order by array_position(array['IN_REVIEW', 'ELIGIBLE', 'SUBMITTED'], t.state), lower(t.title), t.id
				""".formatted(TrialVisibility.PREDICATE))
			.param("viewer", viewer.personId())
			.param("seesSubmitted", viewer.seesSubmitted())
			.param("seesInReview", viewer.seesInReview())
			.query(TrialHit.class)
			.list();
	}

	/** Calls that take applications today, the soonest deadline first. */
	public List<OpenCall> openCalls(LocalDate today) {
		return jdbc.sql("""
				select id, title, closes_on from trial_call
				where opens_on <= :today and closes_on >= :today
				order by closes_on, title""")
			.param("today", today)
			.query(OpenCall.class)
			.list();
	}

	/** The municipality's calls, newest first, for the search filter. */
	public List<Choice> callChoices() {
		return jdbc.sql("select id, title as name from trial_call order by opens_on desc, title").query(Choice.class).list();
	}

	/** The municipality's units, for the search filter. */
	public List<Choice> unitChoices() {
		return jdbc.sql("select id, name from unit order by name").query(Choice.class).list();
	}
}
