package dk.traedesten.trials;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The steps of the application form, in order, each with its address and the fields it holds. Eligibility
 * problems name a field; this says on which step the applicant fixes it.
 */
public enum ApplicationStep {

	INTERVENTION("indsats", List.of("title", "intervention", "problem", "ageFrom", "ageTo", "unitKinds", "childCount")),
	PARTICIPANTS("deltagere", List.of("units", "participants")),
	MODEL("kvintetmodellen", List.of("elements")),
	CHILD_PERSPECTIVE("barnets-perspektiv", List.of("childPerspective", "childPerspectiveMethods")),
	IMPROVEMENT("forbedringsmodellen", List.of("aim", "measures", "changeIdeas", "firstCycle")),
	RESOURCES("effekt-og-ressourcer", List.of("expectedEffect", "dataQualitative", "dataQuantitative",
			"dataCollection", "hoursRequested", "moneyRequested")),
	SUBMISSION("godkendelse", List.of("approvals"));

	private final String slug;

	private final List<String> fields;

	ApplicationStep(String slug, List<String> fields) {
		this.slug = slug;
		this.fields = fields;
	}

	public String slug() {
		return slug;
	}

	public int number() {
		return ordinal() + 1;
	}

	public List<String> fields() {
		return fields;
	}

	public static Optional<ApplicationStep> bySlug(String slug) {
		return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
	}

	/** The step that holds a field; an element's field {@code elements[<id>]} is on the model step. */
	public static Optional<ApplicationStep> holding(String field) {
		String base = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
		return Arrays.stream(values()).filter(step -> step.fields.contains(base)).findFirst();
	}

	public Optional<ApplicationStep> next() {
		return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

	public Optional<ApplicationStep> previous() {
		return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
	}
}
