package dk.traedesten.identity.web;

import java.util.Locale;
import java.util.UUID;

import dk.traedesten.identity.internal.AccountAccess;
import dk.traedesten.organisation.OrganisationDirectory;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** An administrator invites a person of their municipality to sign in (the button on the person's page). */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PLATFORM_ADMINISTRATOR')")
class InvitationController {

	private final OrganisationDirectory directory;

	private final AccountAccess access;

	InvitationController(OrganisationDirectory directory, AccountAccess access) {
		this.directory = directory;
		this.access = access;
	}

	@PostMapping("/organisation/personer/{id}/invitation")
	String invite(@PathVariable UUID id, Locale locale) {
		// Row-level security hides people of other municipalities: they are simply not found.
		var person = directory.profile(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		access.invite(person, locale);
		return "redirect:/organisation/personer/" + id + "?inviteret";
	}
}
