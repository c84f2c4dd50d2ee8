package dk.traedesten.committees.web;

import java.io.IOException;
import java.util.UUID;

import dk.traedesten.committees.AgendaItem;
import dk.traedesten.committees.AttachmentRules;
import dk.traedesten.committees.CommitteeAdministration;
import dk.traedesten.committees.CommitteeNotFoundException;
import dk.traedesten.committees.Meeting;
import dk.traedesten.committees.IllegalItemMoveException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * One agenda item for the secretary: its facts and sections while a draft or ready, marking it ready or back to
 * draft, its files, and the decision once it is on a published agenda.
 */
@Controller
@PreAuthorize(CommitteeGuards.SECRETARY)
class ItemAdminController {

	private final CommitteeAdministration administration;

	private final ItemExtras extras;

	ItemAdminController(CommitteeAdministration administration, ItemExtras extras) {
		this.administration = administration;
		this.extras = extras;
	}

	@GetMapping("/udvalg/administration/punkter/{id}")
	String item(@PathVariable UUID id, Model model) {
		AgendaItem item = find(id);
		return page(item, ItemForm.of(item), DecisionForm.of(item.decision(), administration.voting(item.id())), null, model);
	}

	@PostMapping("/udvalg/administration/punkter/{id}")
	String save(@PathVariable UUID id, @ModelAttribute("item") ItemForm form, BindingResult errors, Model model) {
		AgendaItem item = find(id);
		if (form.validate(errors, administration.caseNumberFormat())) {
			try {
				administration.updateItem(id, form.toDraft(item));
				return "redirect:/udvalg/administration/punkter/" + id + "?gemt";
			}
			catch (DuplicateKeyException ex) {
				errors.rejectValue("number", "committees.error.number-taken", new Object[] { form.getNumber().strip() },
						null);
			}
			catch (IllegalItemMoveException ex) {
				return page(item, form, DecisionForm.of(item.decision(), administration.voting(item.id())), ex.reason(), model);
			}
		}
		return page(item, form, DecisionForm.of(item.decision(), administration.voting(item.id())), null, model);
	}

	@PostMapping("/udvalg/administration/punkter/{id}/klar")
	String ready(@PathVariable UUID id, Model model) {
		AgendaItem item = find(id);
		if (item.caseNumber().isBlank()) {
			// An item goes on the agenda with its case: the number is what the public and the case system share.
			return page(item, ItemForm.of(item), DecisionForm.of(item.decision(), administration.voting(item.id())), "case-number-missing", model);
		}
		return move(item, model, () -> administration.markReady(id));
	}

	@PostMapping("/udvalg/administration/punkter/{id}/kladde")
	String draft(@PathVariable UUID id, Model model) {
		AgendaItem item = find(id);
		return move(item, model, () -> administration.reopen(id));
	}

	@PostMapping("/udvalg/administration/punkter/{id}/beslutning")
	String decide(@PathVariable UUID id, @ModelAttribute("decision") DecisionForm form, BindingResult errors,
			Model model) {
		AgendaItem item = find(id);
		Meeting meeting = administration.meeting(item.meetingId()).orElseThrow(CommitteeNotFoundException::new);
		if (!form.validate(errors, administration.members(meeting.committeeId()).size())) {
			return page(item, ItemForm.of(item), form, null, model);
		}
		return move(item, model, () -> administration.decide(id, form.toDecision(), form.toVoting()));
	}

	@PostMapping("/udvalg/administration/punkter/{id}/bilag")
	String attach(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file, Model model)
			throws IOException {
		AgendaItem item = find(id);
		byte[] content = file == null ? new byte[0] : file.getBytes();
		String name = file == null ? null : file.getOriginalFilename();
		String refusal = AttachmentRules.refusal(name, file == null ? null : file.getContentType(), content)
			.map(reason -> "file-" + reason)
			.orElse(null);
		if (refusal != null) {
			return page(item, ItemForm.of(item), DecisionForm.of(item.decision(), administration.voting(item.id())), refusal, model);
		}
		return move(item, model, () -> administration.addAttachment(id, name.strip(), file.getContentType(), content));
	}

	@GetMapping("/udvalg/administration/bilag/{id}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id) {
		return Downloads.of(administration.attachment(id).orElseThrow(CommitteeNotFoundException::new));
	}

	private String move(AgendaItem item, Model model, Runnable move) {
		try {
			move.run();
			return "redirect:/udvalg/administration/punkter/" + item.id() + "?gemt";
		}
		catch (IllegalItemMoveException ex) {
			return page(item, ItemForm.of(item), DecisionForm.of(item.decision(), administration.voting(item.id())), ex.reason(), model);
		}
	}

	private AgendaItem find(UUID id) {
		return administration.item(id).orElseThrow(CommitteeNotFoundException::new);
	}

	private String page(AgendaItem item, ItemForm form, DecisionForm decision, String refusal, Model model) {
		model.addAttribute("stored", item);
		model.addAttribute("meeting", administration.meeting(item.meetingId()).orElseThrow(CommitteeNotFoundException::new));
		model.addAttribute("item", form);
		if (!model.containsAttribute("decision")) {
			model.addAttribute("decision", decision);
		}
		if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + "decision")) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "decision", new BeanPropertyBindingResult(decision, "decision"));
		}
		model.addAttribute("format", administration.caseNumberFormat());
		model.addAttribute("refusal", refusal);
		model.addAttribute("voting", administration.voting(item.id()));
		extras.addTo(model, item);
		return "committees/admin-item";
	}
}
