package dk.traedesten.trials.followup;

import java.util.ArrayList;
import java.util.List;

import dk.traedesten.trials.CprNumbers;

/**
 * What an agreement must hold: all four dates, in order (the baseline no later than the status, the status after
 * the start, the evaluation not before the status), at least one data-collection row with what, how, when and
 * who filled in, and no CPR number anywhere. Each problem names its form field and a message key.
 */
public final class AgreementRules {

	/** A problem with the field it belongs to, e.g. {@code plan[1].how}, and its message key. */
	public record Problem(String field, String code) {
	}

	private AgreementRules() {
	}

	public static List<Problem> check(Agreement agreement) {
		List<Problem> problems = new ArrayList<>();
		required(agreement.startsOn(), "startsOn", problems);
		required(agreement.baselineOn(), "baselineOn", problems);
		required(agreement.statusDueOn(), "statusDueOn", problems);
		required(agreement.evaluationDueOn(), "evaluationDueOn", problems);
		if (agreement.startsOn() != null && agreement.statusDueOn() != null
				&& !agreement.statusDueOn().isAfter(agreement.startsOn())) {
			problems.add(new Problem("statusDueOn", "trial-followup.agreement.error.status-before-start"));
		}
		if (agreement.baselineOn() != null && agreement.statusDueOn() != null
				&& agreement.baselineOn().isAfter(agreement.statusDueOn())) {
			problems.add(new Problem("baselineOn", "trial-followup.agreement.error.baseline-after-status"));
		}
		if (agreement.statusDueOn() != null && agreement.evaluationDueOn() != null
				&& agreement.evaluationDueOn().isBefore(agreement.statusDueOn())) {
			problems.add(new Problem("evaluationDueOn", "trial-followup.agreement.error.evaluation-before-status"));
		}
		if (CprNumbers.containsCpr(agreement.notes())) {
			problems.add(new Problem("notes", "trials.cpr.refused"));
		}
		plan(agreement.plan(), problems);
		return problems;
	}

	private static void plan(List<Agreement.DataCollection> plan, List<Problem> problems) {
		boolean any = false;
		for (int i = 0; i < plan.size(); i++) {
			Agreement.DataCollection row = plan.get(i);
			if (row.blank()) {
				continue;
			}
			any = true;
			rowField(row.what(), "plan[" + i + "].what", problems);
			rowField(row.how(), "plan[" + i + "].how", problems);
			rowField(row.timing(), "plan[" + i + "].timing", problems);
			rowField(row.responsible(), "plan[" + i + "].responsible", problems);
		}
		if (!any) {
			problems.add(new Problem("plan[0].what", "trial-followup.agreement.error.plan-required"));
		}
	}

	private static void rowField(String text, String field, List<Problem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new Problem(field, "trial-followup.agreement.error.row-incomplete"));
		}
		else if (CprNumbers.containsCpr(text)) {
			problems.add(new Problem(field, "trials.cpr.refused"));
		}
	}

	private static void required(Object value, String field, List<Problem> problems) {
		if (value == null) {
			problems.add(new Problem(field, "trial-followup.agreement.error.date-required"));
		}
	}
}
