package dk.traedesten.committees.web;

import java.util.UUID;
import java.util.stream.Collectors;

import dk.traedesten.committees.CommitteeAdministration;
import dk.traedesten.committees.CommitteeNotFoundException;
import dk.traedesten.committees.IllegalItemMoveException;
import dk.traedesten.committees.ItemTemplate;
import dk.traedesten.committees.Meeting;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The secretary's pages for committees and meetings: the overview, a new meeting, a meeting's agenda with new items
 * from a template, and publishing the agenda and the minutes or cancelling. A move the workflow refuses shows the
 * meeting again with the reason.
 */
@Controller
@PreAuthorize(CommitteeGuards.SECRETARY)
class CommitteeAdminController {

	private final CommitteeAdministration administration;

	CommitteeAdminController(CommitteeAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/udvalg/administration")
	String overview(Model model) {
		model.addAttribute("committees", administration.committees()
			.stream()
			.map(committee -> new CommitteeMeetings(committee, administration.meetings(committee.id())))
			.toList());
		model.addAttribute("format", administration.caseNumberFormat());
		return "committees/admin";
	}

	@GetMapping("/udvalg/administration/udvalg/{id}/nyt-moede")
	String newMeeting(@PathVariable UUID id, Model model) {
		return meetingForm(id, new MeetingForm(), model);
	}

	@PostMapping("/udvalg/administration/udvalg/{id}/nyt-moede")
	String addMeeting(@PathVariable UUID id, @ModelAttribute("meeting") MeetingForm form, BindingResult errors,
			Model model) {
		if (!form.validate(errors)) {
			return meetingForm(id, form, model);
		}
		UUID meeting = administration.addMeeting(id, FormDates.date(form.getMeetsOn()), FormDates.time(form.getStartsAt()),
				form.getPlace().strip());
		return "redirect:/udvalg/administration/moeder/" + meeting;
	}

	@GetMapping("/udvalg/administration/moeder/{id}")
	String meeting(@PathVariable UUID id, Model model) {
		return meetingPage(id, new NewItemForm(), null, model);
	}

	@PostMapping("/udvalg/administration/moeder/{id}/punkter")
	String addItem(@PathVariable UUID id, @ModelAttribute("newItem") NewItemForm form, BindingResult errors,
			Model model) {
		administration.meeting(id).orElseThrow(CommitteeNotFoundException::new);
		if (!form.validate(errors,
				administration.templates().stream().map(ItemTemplate::code).collect(Collectors.toSet()))) {
			return meetingPage(id, form, null, model);
		}
		UUID item = administration.addItem(id, form.getTemplate(), form.getTitle().strip());
		return "redirect:/udvalg/administration/punkter/" + item;
	}

	@PostMapping("/udvalg/administration/moeder/{id}/dagsorden")
	String publishAgenda(@PathVariable UUID id, Model model) {
		return refusable(id, model, () -> administration.publishAgenda(id), "dagsorden-offentliggjort");
	}

	@PostMapping("/udvalg/administration/moeder/{id}/referat")
	String publishMinutes(@PathVariable UUID id, Model model) {
		return refusable(id, model, () -> administration.publishMinutes(id), "referat-offentliggjort");
	}

	@PostMapping("/udvalg/administration/moeder/{id}/aflys")
	String cancel(@PathVariable UUID id, Model model) {
		return refusable(id, model, () -> administration.cancel(id), "aflyst");
	}

	private String refusable(UUID id, Model model, Runnable move, String flag) {
		try {
			move.run();
			return "redirect:/udvalg/administration/moeder/" + id + "?" + flag;
		}
		catch (IllegalItemMoveException ex) {
			return meetingPage(id, new NewItemForm(), ex.reason(), model);
		}
	}

	private String meetingForm(UUID committeeId, MeetingForm form, Model model) {
		model.addAttribute("committee", administration.committee(committeeId).orElseThrow(CommitteeNotFoundException::new));
		model.addAttribute("meeting", form);
		return "committees/meeting-form";
	}

	private String meetingPage(UUID id, NewItemForm form, String refusal, Model model) {
		Meeting meeting = administration.meeting(id).orElseThrow(CommitteeNotFoundException::new);
		model.addAttribute("meeting", meeting);
		model.addAttribute("items", administration.items(id));
		model.addAttribute("templates", administration.templates());
		model.addAttribute("newItem", form);
		model.addAttribute("refusal", refusal);
		return "committees/admin-meeting";
	}

	/** A committee with its meetings, newest first, for the overview. */
	record CommitteeMeetings(dk.traedesten.committees.Committee committee, java.util.List<Meeting> meetings) {
	}
}
