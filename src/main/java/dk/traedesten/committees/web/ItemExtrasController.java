package dk.traedesten.committees.web;

import java.util.UUID;

import dk.traedesten.committees.AgendaItem;
import dk.traedesten.committees.CommitteeAdministration;
import dk.traedesten.committees.CommitteeFollowUps;
import dk.traedesten.committees.CommitteeNotFoundException;
import dk.traedesten.committees.FollowUp;
import dk.traedesten.committees.FollowUpRefusedException;
import dk.traedesten.committees.FollowUpStatus;
import dk.traedesten.committees.IllegalItemMoveException;
import dk.traedesten.committees.ItemLinks;
import dk.traedesten.committees.ItemPapers;
import dk.traedesten.committees.LinkKind;
import dk.traedesten.organisation.OrganisationDirectory;
import dk.traedesten.organisation.PersonProfile;
import dk.traedesten.platform.tenancy.TenantScope;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The secretary's additions to an item (decision 0017): its cases (papers) while it may be edited, the follow-ups of
 * its decision with their status reports, and its links to a trial, the strategy or a call. A refusal shows the item
 * page again with the reason at the field; nothing is half-written.
 */
@Controller
@PreAuthorize(CommitteeGuards.SECRETARY)
class ItemExtrasController {

	private static final String ITEM = "/udvalg/administration/punkter/";

	private final CommitteeAdministration administration;

	private final ItemPapers papers;

	private final CommitteeFollowUps followUps;

	private final ItemLinks links;

	private final OrganisationDirectory directory;

	private final ItemExtras extras;

	ItemExtrasController(CommitteeAdministration administration, ItemPapers papers, CommitteeFollowUps followUps,
			ItemLinks links, OrganisationDirectory directory, ItemExtras extras) {
		this.administration = administration;
		this.papers = papers;
		this.followUps = followUps;
		this.links = links;
		this.directory = directory;
		this.extras = extras;
	}

	@PostMapping(ITEM + "{id}/sager")
	String addPaper(@PathVariable UUID id, @ModelAttribute("paper") PaperForm form, BindingResult errors, Model model) {
		AgendaItem item = find(id);
		if (form.validate(errors, administration.caseNumberFormat())) {
			try {
				papers.add(id, form.getPaperCaseNumber(), form.getPaperTitle());
				return "redirect:" + ITEM + id + "?sag-tilfoejet#papers";
			}
			catch (IllegalItemMoveException ex) {
				errors.rejectValue("paperCaseNumber", "committees.refusal." + ex.reason());
			}
		}
		return page(item, null, model);
	}

	@PostMapping(ITEM + "{id}/sager/{paperId}/fjern")
	String removePaper(@PathVariable UUID id, @PathVariable UUID paperId, Model model) {
		AgendaItem item = find(id);
		try {
			papers.remove(id, paperId);
			return "redirect:" + ITEM + id + "?sag-fjernet#papers";
		}
		catch (IllegalItemMoveException ex) {
			return page(item, ex.reason(), model);
		}
	}

	@PostMapping(ITEM + "{id}/opfoelgning")
	String addFollowUp(@PathVariable UUID id, @ModelAttribute("followUp") FollowUpForm form, BindingResult errors,
			Model model) {
		AgendaItem item = find(id);
		PersonProfile[] person = new PersonProfile[1];
		if (form.validate(errors, directory::profileByEmail, TenantScope.current().municipalityCode(), person)) {
			try {
				followUps.add(id, form.toDraft(person[0]));
				return "redirect:" + ITEM + id + "?opfoelgning-tilfoejet#follow-ups";
			}
			catch (FollowUpRefusedException ex) {
				// Only "not-decided" comes here, and the form is not on an undecided item's page: say it at the top.
				return page(item, "follow-up-" + ex.reason(), model);
			}
		}
		return page(item, null, model);
	}

	@PostMapping("/udvalg/administration/opfoelgning/{id}/status")
	String report(@PathVariable UUID id, @RequestParam(required = false) FollowUpStatus status,
			@RequestParam(defaultValue = "") String note, Model model) {
		FollowUp followUp = followUps.followUp(id).orElseThrow(CommitteeNotFoundException::new);
		try {
			followUps.report(id, status == null ? followUp.status() : status, note);
			return "redirect:" + ITEM + followUp.itemId() + "?status-gemt#follow-up-" + id;
		}
		catch (FollowUpRefusedException ex) {
			model.addAttribute("failedFollowUp", id);
			model.addAttribute("followUpRefusal", ex.reason());
			model.addAttribute("failedNote", note);
			return page(find(followUp.itemId()), null, model);
		}
	}

	@PostMapping(ITEM + "{id}/links")
	String link(@PathVariable UUID id, @RequestParam(defaultValue = "") String target, Model model) {
		AgendaItem item = find(id);
		String[] parts = target.split(":", 2);
		try {
			links.link(id, LinkKind.valueOf(parts[0]), UUID.fromString(parts[1]));
		}
		catch (IllegalArgumentException | ArrayIndexOutOfBoundsException ex) {
			model.addAttribute("linkError", true);
			return page(item, null, model);
		}
		return "redirect:" + ITEM + id + "?link-gemt#links";
	}

	@PostMapping(ITEM + "{id}/links/{linkId}/fjern")
	String unlink(@PathVariable UUID id, @PathVariable UUID linkId) {
		find(id);
		links.unlink(id, linkId);
		return "redirect:" + ITEM + id + "?link-fjernet#links";
	}

	private AgendaItem find(UUID id) {
		return administration.item(id).orElseThrow(CommitteeNotFoundException::new);
	}

	/** The secretary's item page as {@code ItemAdminController} shows it, with this request's forms and errors. */
	private String page(AgendaItem item, String refusal, Model model) {
		model.addAttribute("stored", item);
		model.addAttribute("meeting", administration.meeting(item.meetingId()).orElseThrow(CommitteeNotFoundException::new));
		model.addAttribute("item", ItemForm.of(item));
		DecisionForm decision = DecisionForm.of(item.decision(), administration.voting(item.id()));
		model.addAttribute("decision", decision);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "decision",
				new org.springframework.validation.BeanPropertyBindingResult(decision, "decision"));
		model.addAttribute("format", administration.caseNumberFormat());
		model.addAttribute("refusal", refusal);
		model.addAttribute("voting", administration.voting(item.id()));
		extras.addTo(model, item);
		return "committees/admin-item";
	}
}
