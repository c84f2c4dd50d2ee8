package dk.traedesten.organisation.web;

import java.util.UUID;

import dk.traedesten.organisation.Role;
import jakarta.validation.constraints.NotNull;

record RoleGrantForm(@NotNull(message = "{organisation.membership.error.role-required}") Role role, UUID unitId) {

	static RoleGrantForm empty() {
		return new RoleGrantForm(null, null);
	}
}
