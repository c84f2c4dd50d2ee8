package dk.traedesten.trials.overview;

/**
 * When each thing an agreement makes due is still outstanding, as SQL over a trial {@code t} joined to its agreement
 * {@code a}; null when it is not (or no longer) due. Binds {@code :today}. The baseline has no "done" record of its
 * own: it counts as outstanding until the trial runs, and a running trial shows only a baseline date still ahead.
 */
final class DueDates {

	static final String BASELINE = """
			case when t.state = 'AGREEMENT_MADE' or (t.state = 'RUNNING' and a.baseline_on >= :today)
			     then a.baseline_on end""";

	static final String STATUS = """
			case when t.state in ('AGREEMENT_MADE', 'RUNNING')
			      and not exists (select 1 from trial_report r
			                      where r.trial_id = t.id and r.kind = 'STATUS' and r.submitted_at is not null)
			     then a.status_due_on end""";

	static final String EVALUATION = """
			case when t.state in ('AGREEMENT_MADE', 'RUNNING', 'STATUS_REPORTED')
			      and not exists (select 1 from trial_report r
			                      where r.trial_id = t.id and r.kind = 'EVALUATION' and r.submitted_at is not null)
			     then a.evaluation_due_on end""";

	/** The soonest outstanding date of the trial, or null. */
	static final String NEXT = "least(" + BASELINE + ", " + STATUS + ", " + EVALUATION + ")";

	private DueDates() {
	}
}
