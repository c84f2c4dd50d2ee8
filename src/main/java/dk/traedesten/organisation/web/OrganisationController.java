package dk.traedesten.organisation.web;

import java.util.UUID;

import dk.traedesten.organisation.OrganisationAdministration;
import dk.traedesten.organisation.OrganisationDirectory;
import dk.traedesten.organisation.OrganisationKind;
import dk.traedesten.organisation.internal.OrganisationRepository;
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

/**
 * Organisations outside the municipalities (KL, consultancies, associations, self-governing institutions).
 * Administrators read them; they are shared reference data, so only platform administrators change them.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PLATFORM_ADMINISTRATOR')")
class OrganisationController {

	private final OrganisationRepository organisations;

	private final OrganisationAdministration administration;

	private final OrganisationDirectory directory;

	OrganisationController(OrganisationRepository organisations, OrganisationAdministration administration,
			OrganisationDirectory directory) {
		this.organisations = organisations;
		this.administration = administration;
		this.directory = directory;
	}

	@GetMapping("/organisation/organisationer")
	String list(Model model) {
		model.addAttribute("organisations", organisations.findAll());
		return "organisation/organisations";
	}

	@GetMapping("/organisation/organisationer/ny")
	@PreAuthorize("hasRole('PLATFORM_ADMINISTRATOR')")
	String createForm(Model model) {
		return form(OrganisationForm.empty(), null, model);
	}

	@PostMapping("/organisation/organisationer/ny")
	@PreAuthorize("hasRole('PLATFORM_ADMINISTRATOR')")
	String create(@Valid @ModelAttribute("organisation") OrganisationForm form, BindingResult errors, Model model) {
		checkMunicipality(form, errors);
		if (!errors.hasErrors()) {
			try {
				UUID id = administration.addOrganisation(form.name(), form.kind(), form.municipalityCode());
				return "redirect:/organisation/organisationer/" + id + "?gemt";
			}
			catch (DuplicateKeyException ex) {
				errors.rejectValue("name", "organisation.organisation.error.name-taken");
			}
		}
		return form(form, null, model);
	}

	@GetMapping("/organisation/organisationer/{id}")
	String show(@PathVariable UUID id, Model model) {
		OrganisationRepository.Organisation existing = organisations.find(id).orElseThrow(CurrentTenant::notFound);
		return form(new OrganisationForm(existing.name(), existing.kind(), existing.municipalityCode()), existing,
				model);
	}

	@PostMapping("/organisation/organisationer/{id}")
	@PreAuthorize("hasRole('PLATFORM_ADMINISTRATOR')")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("organisation") OrganisationForm form,
			BindingResult errors, Model model) {
		OrganisationRepository.Organisation existing = organisations.find(id).orElseThrow(CurrentTenant::notFound);
		checkMunicipality(form, errors);
		if (!errors.hasErrors()) {
			try {
				administration.changeOrganisation(id, form.name(), form.kind(), form.municipalityCode());
				return "redirect:/organisation/organisationer/" + id + "?gemt";
			}
			catch (DuplicateKeyException ex) {
				errors.rejectValue("name", "organisation.organisation.error.name-taken");
			}
		}
		return form(form, existing, model);
	}

	private void checkMunicipality(OrganisationForm form, BindingResult errors) {
		if (form.municipalityCode() != null && directory.municipality(form.municipalityCode()).isEmpty()) {
			errors.rejectValue("municipalityCode", "organisation.organisation.error.municipality-unknown");
		}
	}

	private String form(OrganisationForm form, OrganisationRepository.Organisation existing, Model model) {
		model.addAttribute("organisation", form);
		model.addAttribute("existing", existing);
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("municipalities", directory.municipalities());
		return "organisation/organisation";
	}
}
