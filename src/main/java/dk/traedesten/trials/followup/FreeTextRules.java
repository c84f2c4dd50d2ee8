package dk.traedesten.trials.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.traedesten.trials.CprNumbers;

/** Every free-text field of the follow-up refuses CPR numbers (issue 4, item 8); this names the fields that hold one. */
public final class FreeTextRules {

	public static final String CPR_REFUSED = "trials.cpr.refused";

	private FreeTextRules() {
	}

	/** The names of the fields whose text contains a CPR number. */
	public static List<String> fieldsWithCpr(Map<String, String> texts) {
		List<String> fields = new ArrayList<>();
		texts.forEach((field, text) -> {
			if (CprNumbers.containsCpr(text)) {
				fields.add(field);
			}
		});
		return fields;
	}

	/** Refuses the texts outright; a last guard under the forms, which name the field. */
	public static void requireNoCpr(Map<String, String> texts) {
		if (!fieldsWithCpr(texts).isEmpty()) {
			throw new IllegalArgumentException("Free text contains a CPR number");
		}
	}
}
