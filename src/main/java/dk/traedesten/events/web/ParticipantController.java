package dk.traedesten.events.web;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import dk.traedesten.events.ChoiceGroup;
import dk.traedesten.events.ChoiceProblem;
import dk.traedesten.events.Chooser;
import dk.traedesten.events.EventNotFoundException;
import dk.traedesten.events.EventParticipants;
import dk.traedesten.events.Participant;
import dk.traedesten.events.RegistrationRefusedException;
import dk.traedesten.events.Registrations;
import dk.traedesten.events.Schedule;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One participant's seat: the personal schedule with the session choices, the swap and the cancellation. The
 * participant and their municipality's registrar manage it; anyone else finds nothing (404), another
 * municipality's people included, whose row-level security hides the seat anyway.
 */
@Controller
@RequestMapping("/arrangementer/{slug}/deltagere/{id}")
@PreAuthorize(RegistrationGuards.MUNICIPAL)
class ParticipantController {

	private final Registrations registrations;

	private final EventParticipants participants;

	ParticipantController(Registrations registrations, EventParticipants participants) {
		this.registrations = registrations;
		this.participants = participants;
	}

	@GetMapping
	String schedule(@PathVariable String slug, @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		seat(slug, id, user);
		return page(slug, id, new ChoiceForm(), user, model);
	}

	@PostMapping("/valg")
	String choose(@PathVariable String slug, @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user,
			@ModelAttribute("choiceForm") ChoiceForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		seat(slug, id, user);
		if (form.getGroup() == null) {
			throw new EventNotFoundException(slug);
		}
		Set<ChoiceProblem> problems = registrations.chooseSessions(id, form.getGroup(),
				new LinkedHashSet<>(form.getItems()));
		if (problems.isEmpty()) {
			flash.addFlashAttribute("done", "events.registration.done.sessions");
			return "redirect:/arrangementer/" + slug + "/deltagere/" + id;
		}
		String page = page(slug, id, form, user, model);
		Schedule schedule = (Schedule) model.getAttribute("schedule");
		ChoiceGroup group = schedule.page().groups().stream()
			.filter(candidate -> candidate.id().equals(form.getGroup()))
			.findFirst()
			.orElseThrow(() -> new EventNotFoundException(slug));
		ChoiceErrors.reject(problems, group, errors);
		return page;
	}

	@PostMapping("/byt")
	@PreAuthorize(RegistrationGuards.REGISTRAR)
	String swap(@PathVariable String slug, @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user,
			@ModelAttribute("swapForm") PersonFields form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		seat(slug, id, user);
		PersonValidation.check(form, "", errors);
		if (!errors.hasErrors()) {
			try {
				registrations.swap(id, form.toParticipant());
				flash.addFlashAttribute("done", "events.registration.done.swap");
				return "redirect:/arrangementer/" + slug + "/deltagere/" + id;
			}
			catch (RegistrationRefusedException refused) {
				errors.rejectValue("email", "events.registration.refused." + refused.reason(), refused.details(), null);
			}
		}
		return page(slug, id, new ChoiceForm(), user, model);
	}

	@PostMapping("/afmeld")
	String cancel(@PathVariable String slug, @PathVariable UUID id, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes flash) {
		seat(slug, id, user);
		try {
			registrations.cancel(id);
			flash.addFlashAttribute("done", "events.registration.done.cancel");
			return "redirect:/arrangementer/" + slug + "/tilmelding";
		}
		catch (RegistrationRefusedException refused) {
			flash.addFlashAttribute("refused", "events.registration.refused." + refused.reason());
			return "redirect:/arrangementer/" + slug + "/deltagere/" + id;
		}
	}

	private Participant seat(String slug, UUID id, SignedInUser user) {
		return registrations.manageable(slug, id, user.email(), RegistrationGuards.registrar(user))
			.orElseThrow(() -> new EventNotFoundException(id.toString()));
	}

	private String page(String slug, UUID id, ChoiceForm form, SignedInUser user, Model model) {
		Schedule schedule = registrations.schedule(slug, id).orElseThrow(() -> new EventNotFoundException(slug));
		model.addAttribute("schedule", schedule);
		model.addAttribute("event", schedule.page().event());
		model.addAttribute("registrar", RegistrationGuards.registrar(user));
		model.addAttribute("taken", registrations.taken(slug));
		model.addAttribute("calendarToken", participants.calendarToken(id).orElse(null));
		model.addAttribute("participantGroups", schedule.page()
			.groups()
			.stream()
			.filter(group -> group.chooser() == Chooser.PARTICIPANT)
			.toList());
		if (!model.containsAttribute("choiceForm")) {
			model.addAttribute("choiceForm", form);
		}
		if (!model.containsAttribute("swapForm")) {
			PersonFields swap = new PersonFields();
			model.addAttribute("swapForm", swap);
		}
		return "events/participant";
	}
}
