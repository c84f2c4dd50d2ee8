package dk.traedesten.trials.followup;

import java.util.List;
import java.util.UUID;

import dk.traedesten.trials.PdsaAct;

/**
 * One PDSA cycle of the Model for Improvement: Plan (objective, prediction, who, what, when, where, data), Do,
 * Study, Act (adopt, adapt or abandon, and why), the cycle it follows, and the model elements it works with.
 */
public record PdsaCycle(UUID id, int number, String objective, String prediction, String who, String what,
		String when, String where, String dataPlan, String done, String study, PdsaAct actDecision, String act,
		UUID previousCycleId, List<UUID> elementIds) {

	public PdsaCycle {
		elementIds = List.copyOf(elementIds);
	}

	/** The free-text fields by their form field names, to check them all for CPR numbers. */
	public java.util.Map<String, String> texts() {
		java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
		texts.put("objective", objective);
		texts.put("prediction", prediction);
		texts.put("who", who);
		texts.put("what", what);
		texts.put("when", when);
		texts.put("where", where);
		texts.put("dataPlan", dataPlan);
		texts.put("done", done);
		texts.put("study", study);
		texts.put("act", act);
		return texts;
	}
}
