package dk.traedesten.organisation.web;

import dk.traedesten.organisation.OrganisationKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the form for an organisation outside the municipalities sends. */
record OrganisationForm(@NotBlank(message = "{organisation.organisation.error.name-required}")
		@Size(max = 200, message = "{organisation.error.too-long}") String name,
		@NotNull(message = "{organisation.organisation.error.kind-required}") OrganisationKind kind,
		Integer municipalityCode) {

	static OrganisationForm empty() {
		return new OrganisationForm("", null, null);
	}
}
