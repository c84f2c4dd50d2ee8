package dk.traedesten.organisation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PersonForm(@NotBlank(message = "{organisation.person.error.name-required}")
		@Size(max = 200, message = "{organisation.error.too-long}") String name,
		@NotBlank(message = "{organisation.person.error.email-required}")
		@Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{organisation.person.error.email-invalid}")
		@Size(max = 200, message = "{organisation.error.too-long}") String email,
		@Size(max = 200, message = "{organisation.error.too-long}") String jobTitle) {

	static PersonForm empty() {
		return new PersonForm("", "", "");
	}
}
