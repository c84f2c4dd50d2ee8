package dk.traedesten.events.web;

import java.util.List;
import java.util.UUID;

import dk.traedesten.events.ChoiceGroup;
import dk.traedesten.events.Chooser;
import dk.traedesten.events.EventFormat;
import dk.traedesten.events.EventKind;
import dk.traedesten.events.EventNotFoundException;
import dk.traedesten.events.EventPlanning;
import dk.traedesten.events.NewEvent;
import dk.traedesten.events.Organiser;
import dk.traedesten.events.PlannedEvent;
import dk.traedesten.events.PriceList;
import dk.traedesten.events.ProgrammeItemKind;
import dk.traedesten.identity.SignedInUser;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The organiser plans an event by hand: its basics as a draft, then its programme item by item, then publishes it.
 * The event belongs to the organiser's municipality or organisation (decision 0009); the database lets only that
 * organiser's people write, and anyone else gets 404 on an event's planning pages, as for an unknown one.
 * Platform administrators pass the guard, as for invoicing, but plan nothing of their own: they work for no
 * organiser.
 */
@Controller
@PreAuthorize("hasAnyRole('EVENT_ORGANISER', 'PLATFORM_ADMINISTRATOR')")
class EventPlanningController {

	private final EventPlanning planning;

	EventPlanningController(EventPlanning planning) {
		this.planning = planning;
	}

	@GetMapping("/arrangementer/nyt")
	String newEvent(@AuthenticationPrincipal SignedInUser user, Model model) {
		return form(user, new EventDraftForm(), model);
	}

	@PostMapping("/arrangementer/nyt")
	String create(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("draft") EventDraftForm form,
			BindingResult errors, Model model) {
		Organiser organiser = organiser(user);
		if (organiser == null || !form.validate(errors)) {
			return form(user, form, model);
		}
		PriceList prices = form.priceOre() == 0 ? PriceList.free()
				: new PriceList(null, null, null, 50_000, false, form.priceOre(), 25, List.of());
		String slug = form.getSlug().strip();
		try {
			planning.plan(new NewEvent(slug, form.kind(), form.getTitle().strip(), form.getTheme().strip(), organiser,
					form.day().atTime(form.start()), form.day().atTime(form.end()), form.format(),
					form.getPlace().strip(), form.getInvitation().strip(), form.getPractical().strip()), List.of(),
					List.of(), prices);
		}
		catch (DuplicateKeyException taken) {
			errors.rejectValue("slug", "events.plan.error.slug-taken");
			return form(user, form, model);
		}
		return "redirect:/arrangementer/" + slug + "/planlaeg?oprettet";
	}

	@GetMapping("/arrangementer/{slug}/planlaeg")
	String plan(@PathVariable String slug, Model model) {
		return page(planned(slug), new ProgrammeItemForm(), model);
	}

	@PostMapping("/arrangementer/{slug}/planlaeg/valggrupper")
	String addGroup(@PathVariable String slug, @ModelAttribute("group") ChoiceGroupForm form, BindingResult errors,
			Model model) {
		PlannedEvent event = planned(slug);
		if (!form.validate(event.groups().stream().map(ChoiceGroup::name).toList(), errors)) {
			return page(event, new ProgrammeItemForm(), model);
		}
		planning.addGroup(slug, form.group());
		return "redirect:/arrangementer/" + slug + "/planlaeg?valggruppe-tilfoejet#valggrupper";
	}

	@PostMapping("/arrangementer/{slug}/planlaeg/valggrupper/{groupId}/slet")
	String removeGroup(@PathVariable String slug, @PathVariable UUID groupId) {
		planned(slug);
		if (!planning.removeGroup(slug, groupId)) {
			throw new EventNotFoundException(groupId.toString());
		}
		return "redirect:/arrangementer/" + slug + "/planlaeg?valggruppe-slettet#valggrupper";
	}

	@PostMapping("/arrangementer/{slug}/planlaeg/priser")
	String setPrices(@PathVariable String slug, @ModelAttribute("prices") PriceForm form, BindingResult errors,
			Model model) {
		PlannedEvent event = planned(slug);
		if (event.invoicingClosed()) {
			errors.reject("events.offer.error.invoiced");
		}
		if (errors.hasErrors() || !form.validate(errors)) {
			return page(event, new ProgrammeItemForm(), model);
		}
		planning.setPrices(slug, form.priceList());
		return "redirect:/arrangementer/" + slug + "/planlaeg?priser-gemt#priser";
	}

	@PostMapping("/arrangementer/{slug}/planlaeg/bindende")
	String setBinding(@PathVariable String slug, @ModelAttribute("binding") BindingForm form, BindingResult errors,
			Model model) {
		PlannedEvent event = planned(slug);
		if (!form.validate(event, errors)) {
			return page(event, new ProgrammeItemForm(), model);
		}
		planning.setBindingFrom(slug, form.day());
		return "redirect:/arrangementer/" + slug + "/planlaeg?bindende-gemt#tilmelding";
	}

	@PostMapping("/arrangementer/{slug}/planlaeg/punkter")
	String addItem(@PathVariable String slug, @ModelAttribute("item") ProgrammeItemForm form, BindingResult errors,
			Model model) {
		PlannedEvent event = planned(slug);
		if (!form.validate(event, errors)) {
			return page(event, form, model);
		}
		planning.addItem(slug, form.item(event));
		return "redirect:/arrangementer/" + slug + "/planlaeg?punkt-tilfoejet#program";
	}

	@PostMapping("/arrangementer/{slug}/planlaeg/punkter/{itemId}/slet")
	String removeItem(@PathVariable String slug, @PathVariable UUID itemId) {
		planned(slug);
		if (!planning.removeItem(slug, itemId)) {
			throw new EventNotFoundException(itemId.toString());
		}
		return "redirect:/arrangementer/" + slug + "/planlaeg?punkt-slettet#program";
	}

	@PostMapping("/arrangementer/{slug}/planlaeg/offentliggoer")
	String publish(@PathVariable String slug) {
		planned(slug);
		planning.publish(slug);
		return "redirect:/arrangementer/" + slug + "?offentliggjort";
	}

	private String form(SignedInUser user, EventDraftForm form, Model model) {
		model.addAttribute("draft", form);
		model.addAttribute("organiser", organiser(user));
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("formats", EventFormat.values());
		return "events/new";
	}

	private String page(PlannedEvent event, ProgrammeItemForm form, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("item", form);
		model.addAttribute("itemKinds", ProgrammeItemKind.values());
		model.addAttribute("choosers", Chooser.values());
		if (!model.containsAttribute("group")) {
			model.addAttribute("group", new ChoiceGroupForm());
		}
		if (!model.containsAttribute("prices")) {
			model.addAttribute("prices", PriceForm.of(event.prices()));
		}
		if (!model.containsAttribute("binding")) {
			model.addAttribute("binding", BindingForm.of(event));
		}
		return "events/plan";
	}

	private PlannedEvent planned(String slug) {
		return planning.planned(slug).orElseThrow(() -> new EventNotFoundException(slug));
	}

	/** Whom the signed-in organiser plans for: their municipality, or the organisation they work for. */
	private static Organiser organiser(SignedInUser user) {
		if (user.municipalityCode() != null) {
			return Organiser.municipality(user.municipalityCode(), user.municipalityName());
		}
		if (user.organisationId() != null) {
			return Organiser.organisation(user.organisationId(), user.organisationName());
		}
		return null;
	}
}
