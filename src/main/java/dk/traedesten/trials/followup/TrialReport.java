package dk.traedesten.trials.followup;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import dk.traedesten.trials.Outcome;
import dk.traedesten.trials.TrialDecision;

/**
 * A status report or an evaluation: the effect on each outcome, a summary, how sustainable, durable and
 * transferable the trial is (text and a rating from 1 to 5), and for the evaluation the proposed decision.
 */
public record TrialReport(ReportKind kind, Map<Outcome, Effect> effects, String summary, String sustainability,
		Integer sustainabilityRating, String durability, Integer durabilityRating, String transferability,
		Integer transferabilityRating, TrialDecision decision, String decisionReason, OffsetDateTime submittedAt) {

	public TrialReport {
		effects = effects.isEmpty() ? Map.of() : new EnumMap<>(effects);
	}

	public record Effect(EffectDirection direction, String description) {
	}

	public static TrialReport empty(ReportKind kind) {
		return new TrialReport(kind, Map.of(), "", "", null, "", null, "", null, null, "", null);
	}

	public boolean submitted() {
		return submittedAt != null;
	}

	/** The free-text fields by their form field names, to check them all for CPR numbers. */
	public Map<String, String> texts() {
		Map<String, String> texts = new LinkedHashMap<>();
		effects.forEach((outcome, effect) -> texts.put("effects[" + outcome + "].description", effect.description()));
		texts.put("summary", summary);
		texts.put("sustainability", sustainability);
		texts.put("durability", durability);
		texts.put("transferability", transferability);
		texts.put("decisionReason", decisionReason);
		return texts;
	}
}
