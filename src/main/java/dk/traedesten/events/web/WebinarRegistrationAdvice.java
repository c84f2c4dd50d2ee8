package dk.traedesten.events.web;

import java.util.List;

import dk.traedesten.events.EventCatalogue;
import dk.traedesten.events.ParticipantRole;
import dk.traedesten.events.ProgrammeItemKind;
import dk.traedesten.organisation.AreaSummary;
import dk.traedesten.organisation.OrganisationDirectory;
import dk.traedesten.organisation.UnitSummary;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Gives the registration page what a webinar with area roundtables asks of each person (decision 0015): the roles,
 * and the registering municipality's areas and units. Kept apart from the registration controller, which then
 * needs no change for it; events without a roundtable in their programme show none of it.
 */
@ControllerAdvice(assignableTypes = RegistrationController.class)
class WebinarRegistrationAdvice {

	private final EventCatalogue catalogue;

	private final OrganisationDirectory directory;

	WebinarRegistrationAdvice(EventCatalogue catalogue, OrganisationDirectory directory) {
		this.catalogue = catalogue;
		this.directory = directory;
	}

	@ModelAttribute
	void webinarFields(@PathVariable(required = false) String slug, Model model) {
		boolean roundtables = slug != null && catalogue.find(slug)
			.map(page -> page.programme().stream().anyMatch(item -> item.kind() == ProgrammeItemKind.ROUNDTABLE))
			.orElse(false);
		model.addAttribute("roundtableEvent", roundtables);
		if (roundtables) {
			model.addAttribute("participantRoles", ParticipantRole.values());
			List<AreaSummary> areas = directory.areas();
			List<UnitSummary> units = directory.units();
			model.addAttribute("areaChoices", areas);
			model.addAttribute("unitChoices", units);
		}
	}
}
