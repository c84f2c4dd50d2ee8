package dk.traedesten.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record AreaForm(@NotBlank(message = "{organisation.area.error.name-required}")
		@Size(max = 200, message = "{organisation.error.too-long}") String name) {
}
