package dk.traedesten.trials;

/**
 * One failed eligibility rule, tied to the form field where the applicant fixes it. The Danish text is the
 * message {@code trials.eligibility.<code>}; an element's field is {@code elements[<element id>]}.
 *
 * @param rule the rule's number in DOMAIN.md §3 (1–5)
 */
public record EligibilityProblem(int rule, String field, String code) {

	/** The form stored with the trial: {@code rule:field:code}. */
	public String encoded() {
		return rule + ":" + field + ":" + code;
	}

	public static EligibilityProblem decode(String encoded) {
		int first = encoded.indexOf(':');
		int last = encoded.lastIndexOf(':');
		return new EligibilityProblem(Integer.parseInt(encoded.substring(0, first)),
				encoded.substring(first + 1, last), encoded.substring(last + 1));
	}
}
