package dk.traedesten.organisation.web;

import java.util.Arrays;
import java.util.UUID;

import dk.traedesten.organisation.MembershipRules;
import dk.traedesten.organisation.OrganisationAdministration;
import dk.traedesten.organisation.Role;
import dk.traedesten.organisation.internal.MembershipRepository;
import dk.traedesten.organisation.internal.PersonRepository;
import dk.traedesten.organisation.internal.UnitRepository;
import dk.traedesten.platform.web.PageOrFragment;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The municipality's people and the roles they hold. */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PLATFORM_ADMINISTRATOR')")
class PersonController {

	private final PersonRepository people;

	private final MembershipRepository memberships;

	private final UnitRepository units;

	private final OrganisationAdministration administration;

	PersonController(PersonRepository people, MembershipRepository memberships, UnitRepository units,
			OrganisationAdministration administration) {
		this.administration = administration;
		this.people = people;
		this.memberships = memberships;
		this.units = units;
	}

	@GetMapping("/organisation/personer")
	String list(@RequestParam(required = false) String q, HtmxRequest htmx, Model model) {
		model.addAttribute("people", people.search(q));
		model.addAttribute("q", q);
		return PageOrFragment.view(htmx, "organisation/people", "results");
	}

	@GetMapping("/organisation/personer/ny")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String createForm(Model model) {
		model.addAttribute("person", PersonForm.empty());
		return "organisation/person-new";
	}

	@PostMapping("/organisation/personer/ny")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String create(@Valid @ModelAttribute("person") PersonForm form, BindingResult errors) {
		if (!errors.hasErrors()) {
			try {
				UUID id = people.create(CurrentTenant.municipalityCode(), null, form.name().trim(), form.email(),
						blankToNull(form.jobTitle()));
				return "redirect:/organisation/personer/" + id + "?gemt";
			}
			catch (DuplicateKeyException ex) {
				errors.rejectValue("email", "organisation.person.error.email-taken");
			}
		}
		return "organisation/person-new";
	}

	@GetMapping("/organisation/personer/{id}")
	String show(@PathVariable UUID id, Model model) {
		PersonRepository.Person person = people.find(id).orElseThrow(CurrentTenant::notFound);
		return page(person, new PersonForm(person.name(), person.email(), person.jobTitle()), RoleGrantForm.empty(),
				model);
	}

	@PostMapping("/organisation/personer/{id}")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("person") PersonForm form, BindingResult errors,
			Model model) {
		PersonRepository.Person person = people.find(id).orElseThrow(CurrentTenant::notFound);
		if (!errors.hasErrors()) {
			try {
				administration.changePerson(id, form.name(), form.email(), blankToNull(form.jobTitle()));
				return "redirect:/organisation/personer/" + id + "?gemt";
			}
			catch (DuplicateKeyException ex) {
				errors.rejectValue("email", "organisation.person.error.email-taken");
			}
		}
		return page(person, form, RoleGrantForm.empty(), model);
	}

	@PostMapping("/organisation/personer/{id}/roller")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String grant(@PathVariable UUID id, @Valid @ModelAttribute("grant") RoleGrantForm form, BindingResult errors,
			Model model) {
		PersonRepository.Person person = people.find(id).orElseThrow(CurrentTenant::notFound);
		UUID unitId = form.unitId() == null ? null : units.find(form.unitId()).map(UnitRepository.Unit::id).orElse(null);
		if (!errors.hasErrors()) {
			MembershipRules.problemWith(form.role(), unitId != null)
				.ifPresent(problem -> errors.rejectValue(form.role().heldInUnit() ? "unitId" : "role", problem));
		}
		if (!errors.hasErrors()) {
			try {
				memberships.grant(CurrentTenant.municipalityCode(), id, form.role(), unitId);
				return "redirect:/organisation/personer/" + id + "?rolle-givet";
			}
			catch (DuplicateKeyException ex) {
				errors.rejectValue("role", "organisation.membership.error.already-held");
			}
		}
		return page(person, new PersonForm(person.name(), person.email(), person.jobTitle()), form, model);
	}

	@PostMapping("/organisation/personer/{id}/roller/{membershipId}/fjern")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String revoke(@PathVariable UUID id, @PathVariable UUID membershipId) {
		people.find(id).orElseThrow(CurrentTenant::notFound);
		if (!memberships.revoke(id, membershipId)) {
			throw CurrentTenant.notFound();
		}
		return "redirect:/organisation/personer/" + id + "?rolle-fjernet";
	}

	private String page(PersonRepository.Person person, PersonForm form, RoleGrantForm grant, Model model) {
		model.addAttribute("existing", person);
		model.addAttribute("person", form);
		model.addAttribute("grant", grant);
		model.addAttribute("memberships", memberships.ofPerson(person.id()));
		model.addAttribute("roles",
				Arrays.stream(Role.values()).filter(role -> role != Role.PLATFORM_ADMINISTRATOR).toList());
		model.addAttribute("units", units.find(new UnitRepository.Filter(null, null, null)));
		return "organisation/person";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
