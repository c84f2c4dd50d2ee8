package dk.traedesten.strategy.web;

import java.util.Arrays;
import java.util.List;

import dk.traedesten.strategy.ElementDraft;
import dk.traedesten.strategy.ElementKind;
import dk.traedesten.strategy.ModelElement;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the element form sends: the guiding points come as one text, one point per line. */
record ElementForm(@NotNull(message = "{strategy.element.error.kind-required}") ElementKind kind,
		@NotBlank(message = "{strategy.element.error.name-required}")
		@Size(max = 200, message = "{strategy.error.too-long}") String name,
		@Size(max = 2000, message = "{strategy.error.too-long}") String description,
		@Size(max = 5000, message = "{strategy.error.too-long}") String guidingPoints) {

	static final int LONGEST_POINT = 500;

	static ElementForm empty() {
		return new ElementForm(null, "", "", "");
	}

	static ElementForm of(ModelElement element) {
		return new ElementForm(element.kind(), element.name(), element.description(),
				String.join("\n", element.guidingPoints()));
	}

	List<String> points() {
		return guidingPoints == null ? List.of() : Arrays.stream(guidingPoints.split("\\R")).map(String::strip)
			.filter(point -> !point.isEmpty()).toList();
	}

	boolean pointsShortEnough() {
		return points().stream().allMatch(point -> point.length() <= LONGEST_POINT);
	}

	ElementDraft draft() {
		return new ElementDraft(kind, name, description, points());
	}
}
