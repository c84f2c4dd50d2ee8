package dk.traedesten.trials.followup;

import java.util.ArrayList;
import java.util.List;

import dk.traedesten.trials.Outcome;

/**
 * What a report needs before it is submitted (a draft may be incomplete): a direction for every outcome, a
 * summary, the three assessments with their ratings, and for the evaluation a decision with its reason. CPR
 * numbers are refused in drafts too, since drafts are stored.
 */
public final class ReportRules {

	public record Problem(String field, String code) {
	}

	private ReportRules() {
	}

	public static List<Problem> forDraft(TrialReport report) {
		List<Problem> problems = new ArrayList<>();
		FreeTextRules.fieldsWithCpr(report.texts())
			.forEach(field -> problems.add(new Problem(field, FreeTextRules.CPR_REFUSED)));
		return problems;
	}

	public static List<Problem> forSubmission(TrialReport report) {
		List<Problem> problems = forDraft(report);
		for (Outcome outcome : Outcome.values()) {
			TrialReport.Effect effect = report.effects().get(outcome);
			if (effect == null || effect.direction() == null) {
				problems.add(new Problem("effects[" + outcome + "].direction", "trial-followup.report.error.direction-required"));
			}
		}
		text(report.summary(), "summary", problems);
		assessment(report.sustainability(), report.sustainabilityRating(), "sustainability", problems);
		assessment(report.durability(), report.durabilityRating(), "durability", problems);
		assessment(report.transferability(), report.transferabilityRating(), "transferability", problems);
		if (report.kind() == ReportKind.EVALUATION) {
			if (report.decision() == null) {
				problems.add(new Problem("decision", "trial-followup.report.error.decision-required"));
			}
			text(report.decisionReason(), "decisionReason", problems);
		}
		return problems;
	}

	private static void assessment(String text, Integer rating, String field, List<Problem> problems) {
		text(text, field, problems);
		if (rating == null || rating < 1 || rating > 5) {
			problems.add(new Problem(field + "Rating", "trial-followup.report.error.rating-required"));
		}
	}

	private static void text(String text, String field, List<Problem> problems) {
		if ((text == null || text.isBlank()) && problems.stream().noneMatch(problem -> problem.field().equals(field))) {
			problems.add(new Problem(field, "trial-followup.report.error.text-required"));
		}
	}
}
