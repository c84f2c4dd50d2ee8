package dk.traedesten.trials.overview;

/**
 * {@link dk.traedesten.trials.TrialAccess#canRead} as a SQL predicate on a trial aliased {@code t}, so lists filter
 * in the database instead of asking row by row: the people of the trial (its creator, its participants, the staff
 * and leaders of its units) see it from the draft on; the coordinator once it is
 * submitted, committee members once it is sent to review.
 * Row-level security has already removed other municipalities' trials. Binds {@code :viewer} and
 * {@code :seesSubmitted} and {@code :seesInReview}.
 */
final class TrialVisibility {

	static final String PREDICATE = """
			(t.created_by = :viewer
			 or exists (select 1 from trial_participant vp where vp.trial_id = t.id and vp.person_id = :viewer)
			 or exists (select 1 from trial_unit vu join membership vm on vm.unit_id = vu.unit_id
			            where vu.trial_id = t.id and vm.person_id = :viewer and vm.role in ('STAFF', 'UNIT_LEADER'))
			 or (t.state <> 'DRAFT' and :seesSubmitted)
			 or (t.state not in ('DRAFT', 'SUBMITTED', 'INELIGIBLE', 'ELIGIBLE') and :seesInReview))""";

	/** Only the trial's own people, whatever the viewer's role: "my trials". */
	static final String OWN = """
			(t.created_by = :viewer
			 or exists (select 1 from trial_participant vp where vp.trial_id = t.id and vp.person_id = :viewer)
			 or exists (select 1 from trial_unit vu join membership vm on vm.unit_id = vu.unit_id
			            where vu.trial_id = t.id and vm.person_id = :viewer and vm.role in ('STAFF', 'UNIT_LEADER')))""";

	private TrialVisibility() {
	}
}
