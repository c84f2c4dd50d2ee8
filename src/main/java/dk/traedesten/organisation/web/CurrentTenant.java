package dk.traedesten.organisation.web;

import dk.traedesten.platform.tenancy.TenantScope;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The municipality new areas, units and people are created in: the signed-in administrator's own. */
final class CurrentTenant {

	private CurrentTenant() {
	}

	static int municipalityCode() {
		Integer code = TenantScope.current().municipalityCode();
		if (code == null) {
			// Platform administrators work across municipalities and do not build any one of them.
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return code;
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
