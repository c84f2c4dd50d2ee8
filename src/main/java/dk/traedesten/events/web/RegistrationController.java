package dk.traedesten.events.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dk.traedesten.events.ChoiceProblem;
import dk.traedesten.events.EventNotFoundException;
import dk.traedesten.events.NewParticipant;
import dk.traedesten.events.Registration;
import dk.traedesten.events.RegistrationRefusedException;
import dk.traedesten.events.Registrations;
import dk.traedesten.identity.SignedInUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A municipality's or an organisation's registration for an event (decisions 0011 and 0019): the registrar registers
 * rounds of people, chooses for all of them and sees the running invoice; anyone of the municipality or organisation
 * registers themselves.
 */
@Controller
@RequestMapping("/arrangementer/{slug}/tilmelding")
@PreAuthorize(RegistrationGuards.MUNICIPAL)
class RegistrationController {

	private final Registrations registrations;

	RegistrationController(Registrations registrations) {
		this.registrations = registrations;
	}

	@GetMapping
	String show(@PathVariable String slug, @AuthenticationPrincipal SignedInUser user, Model model) {
		return page(slug, user, new RoundForm(), null, model);
	}

	@PostMapping("/runde")
	@PreAuthorize(RegistrationGuards.REGISTRAR)
	String round(@PathVariable String slug, @AuthenticationPrincipal SignedInUser user,
			@ModelAttribute("roundForm") RoundForm form, BindingResult errors, Model model, RedirectAttributes flash) {
		PersonValidation.checkRound(form.getPeople(), errors);
		if (!errors.hasErrors()) {
			List<NewParticipant> people = form.getPeople()
				.stream()
				.filter(person -> !person.blank())
				.map(PersonFields::toParticipant)
				.toList();
			try {
				int round = registrations.registerRound(slug, RegistrationGuards.registrant(user), user.email(),
						people);
				flash.addFlashAttribute("done", "events.registration.done.round");
				flash.addFlashAttribute("doneArgument", round);
				return "redirect:/arrangementer/" + slug + "/tilmelding";
			}
			catch (RegistrationRefusedException refused) {
				int row = indexOf(form, String.valueOf(refused.details().length > 0 ? refused.details()[0] : ""));
				errors.rejectValue("people[" + row + "].email", "events.registration.refused." + refused.reason(),
						refused.details(), null);
			}
		}
		return page(slug, user, form, null, model);
	}

	@PostMapping("/mig")
	String self(@PathVariable String slug, @AuthenticationPrincipal SignedInUser user,
			@RequestParam(defaultValue = "") String jobTitle, RedirectAttributes flash) {
		try {
			registrations.registerRound(slug, RegistrationGuards.registrant(user), user.email(),
					List.of(new NewParticipant(user.displayName(), user.email(), jobTitle)));
			flash.addFlashAttribute("done", "events.registration.done.self");
		}
		catch (RegistrationRefusedException refused) {
			flash.addFlashAttribute("refused", "events.registration.refused." + refused.reason());
		}
		return "redirect:/arrangementer/" + slug + "/tilmelding";
	}

	@PostMapping("/valg")
	@PreAuthorize(RegistrationGuards.REGISTRAR)
	String choose(@PathVariable String slug, @AuthenticationPrincipal SignedInUser user,
			@ModelAttribute("choiceForm") ChoiceForm form, BindingResult errors, Model model, RedirectAttributes flash) {
		if (form.getGroup() == null) {
			throw new EventNotFoundException(slug);
		}
		Set<ChoiceProblem> problems = registrations.chooseForRegistrant(slug, RegistrationGuards.registrant(user),
				form.getGroup(), new LinkedHashSet<>(form.getItems()));
		if (problems.isEmpty()) {
			flash.addFlashAttribute("done", "events.registration.done.choice");
			return "redirect:/arrangementer/" + slug + "/tilmelding";
		}
		String page = page(slug, user, new RoundForm(), form, model);
		Registration registration = (Registration) model.getAttribute("registration");
		ChoiceErrors.reject(problems, registration.page().groups().stream()
			.filter(group -> group.id().equals(form.getGroup())).findFirst().orElseThrow(), errors);
		return page;
	}

	private String page(String slug, SignedInUser user, RoundForm round, ChoiceForm choice, Model model) {
		Registration registration = registrations.of(slug, RegistrationGuards.registrant(user));
		boolean registrar = RegistrationGuards.registrar(user);
		model.addAttribute("registration", registration);
		model.addAttribute("event", registration.page().event());
		model.addAttribute("registrar", registrar);
		model.addAttribute("registrantName",
				user.municipalityCode() != null ? user.municipalityName() : user.organisationName());
		model.addAttribute("ownSeat", registrations.seatOf(slug, user.email()).orElse(null));
		registration.invoice().ifPresent(quote -> model.addAttribute("invoice", new QuoteView(quote, "")));
		model.addAttribute("organisationGroups", registration.page()
			.groups()
			.stream()
			.filter(group -> group.chooser() == dk.traedesten.events.Chooser.ORGANISATION)
			.toList());
		if (!model.containsAttribute("roundForm")) {
			model.addAttribute("roundForm", round);
		}
		if (choice == null) {
			choice = new ChoiceForm();
		}
		if (!model.containsAttribute("choiceForm")) {
			model.addAttribute("choiceForm", choice);
		}
		return "events/registration";
	}

	private static int indexOf(RoundForm form, String email) {
		for (int i = 0; i < form.getPeople().size(); i++) {
			if (form.getPeople().get(i).toParticipant().email().equals(email)) {
				return i;
			}
		}
		return 0;
	}
}
