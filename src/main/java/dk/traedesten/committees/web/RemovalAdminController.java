package dk.traedesten.committees.web;

import java.util.UUID;

import dk.traedesten.committees.AgendaItem;
import dk.traedesten.committees.CommitteeAdministration;
import dk.traedesten.committees.CommitteeNotFoundException;
import dk.traedesten.committees.CommitteeRemovals;
import dk.traedesten.committees.IllegalItemMoveException;
import dk.traedesten.committees.Meeting;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The secretary's removals, each behind a page that asks first: withdrawing an item from a published agenda,
 * deleting a meeting, removing a file. What the public could read stays as an OParl tombstone (decision 0018).
 */
@Controller
@PreAuthorize(CommitteeGuards.SECRETARY)
class RemovalAdminController {

	private final CommitteeAdministration administration;

	private final CommitteeRemovals removals;

	RemovalAdminController(CommitteeAdministration administration, CommitteeRemovals removals) {
		this.administration = administration;
		this.removals = removals;
	}

	@GetMapping("/udvalg/administration/punkter/{id}/tilbagetraek")
	String confirmWithdrawal(@PathVariable UUID id, Model model) {
		return itemPage(item(id), null, model);
	}

	@PostMapping("/udvalg/administration/punkter/{id}/tilbagetraek")
	String withdraw(@PathVariable UUID id, Model model) {
		AgendaItem item = item(id);
		try {
			UUID meeting = removals.withdrawItem(id);
			return "redirect:/udvalg/administration/moeder/" + meeting + "?punkt-tilbagetrukket";
		}
		catch (IllegalItemMoveException ex) {
			return itemPage(item, ex.reason(), model);
		}
	}

	@GetMapping("/udvalg/administration/moeder/{id}/slet")
	String confirmDeletion(@PathVariable UUID id, Model model) {
		return meetingPage(meeting(id), null, model);
	}

	@PostMapping("/udvalg/administration/moeder/{id}/slet")
	String delete(@PathVariable UUID id, Model model) {
		Meeting meeting = meeting(id);
		try {
			removals.deleteMeeting(id);
			return "redirect:/udvalg/administration?moede-slettet";
		}
		catch (IllegalItemMoveException ex) {
			return meetingPage(meeting, ex.reason(), model);
		}
	}

	@GetMapping("/udvalg/administration/bilag/{id}/fjern")
	String confirmRemoval(@PathVariable UUID id, Model model) {
		AgendaItem item = itemOfFile(id);
		model.addAttribute("subject", item.attachments().stream().filter(a -> a.id().equals(id)).findFirst()
			.orElseThrow(CommitteeNotFoundException::new).fileName());
		return page("committee-alerts.removal.file", "/udvalg/administration/bilag/" + id + "/fjern",
				"/udvalg/administration/punkter/" + item.id(), null, model);
	}

	@PostMapping("/udvalg/administration/bilag/{id}/fjern")
	String remove(@PathVariable UUID id) {
		itemOfFile(id);
		UUID item = removals.removeAttachment(id);
		return "redirect:/udvalg/administration/punkter/" + item + "?bilag-fjernet";
	}

	private String itemPage(AgendaItem item, String refusal, Model model) {
		model.addAttribute("subject", item.number() + ". " + item.title());
		return page("committee-alerts.removal.item", "/udvalg/administration/punkter/" + item.id() + "/tilbagetraek",
				"/udvalg/administration/punkter/" + item.id(), refusal, model);
	}

	private String meetingPage(Meeting meeting, String refusal, Model model) {
		model.addAttribute("subject", meeting.committeeName() + ", " + meeting.meetsOn());
		return page("committee-alerts.removal.meeting", "/udvalg/administration/moeder/" + meeting.id() + "/slet",
				"/udvalg/administration/moeder/" + meeting.id(), refusal, model);
	}

	private static String page(String kind, String action, String back, String refusal, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("action", action);
		model.addAttribute("back", back);
		model.addAttribute("refusal", refusal);
		return "committees/admin-removal";
	}

	private AgendaItem item(UUID id) {
		return administration.item(id).orElseThrow(CommitteeNotFoundException::new);
	}

	private Meeting meeting(UUID id) {
		return administration.meeting(id).orElseThrow(CommitteeNotFoundException::new);
	}

	private AgendaItem itemOfFile(UUID file) {
		return removals.itemOfAttachment(file).flatMap(administration::item).orElseThrow(CommitteeNotFoundException::new);
	}
}
