package dk.traedesten.organisation.web;

import java.util.UUID;

import dk.traedesten.organisation.UnitKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the unit form sends. */
record UnitForm(@NotBlank(message = "{organisation.unit.error.name-required}")
		@Size(max = 200, message = "{organisation.error.too-long}") String name,
		@NotNull(message = "{organisation.unit.error.kind-required}") UnitKind kind, UUID areaId) {

	static UnitForm empty() {
		return new UnitForm("", null, null);
	}
}
