package dk.traedesten.trials.followup.web;

import java.util.Map;
import java.util.UUID;

import dk.traedesten.strategy.ModelElement;
import dk.traedesten.trials.followup.ChildGroup;
import dk.traedesten.trials.followup.FollowUpAccess;
import dk.traedesten.trials.followup.FollowUpClock;
import dk.traedesten.trials.followup.NoteKind;
import dk.traedesten.trials.followup.TrialNote;
import dk.traedesten.trials.followup.TrialNotes;
import dk.traedesten.trials.TrialAccess;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Qualitative notes and children's statements: read by everyone who reads the trial, written by those who work on it. */
@Controller
@PreAuthorize("isAuthenticated() and principal.municipalityCode() != null")
class NoteController {

	private final FollowUpAccess access;

	private final TrialNotes notes;

	private final FollowUpModel page;

	private final FollowUpClock clock;

	NoteController(FollowUpAccess access, TrialNotes notes, FollowUpModel page,
			FollowUpClock clock) {
		this.access = access;
		this.notes = notes;
		this.page = page;
		this.clock = clock;
	}

	@GetMapping("/proevehandlinger/{id}/noter")
	String list(@PathVariable UUID id, Model model) {
		return view(access.read(id), NoteForm.today(clock.today()), model);
	}

	@PostMapping("/proevehandlinger/{id}/noter")
	String add(@PathVariable UUID id, @ModelAttribute("note") NoteForm form, BindingResult errors, Model model) {
		FollowUpAccess.Viewer viewer = access.work(id);
		if (!viewer.trial().openForWork()) {
			throw new NotOpenException();
		}
		TrialNote note = form.toNote(page.elements(viewer).stream().map(ModelElement::id).toList());
		FollowUpModel.refuseCpr(Map.of("text", note.text()), errors);
		if (note.text().isBlank()) {
			errors.rejectValue("text", "trial-followup.note.error.text-required");
		}
		if (note.kind() == null) {
			errors.rejectValue("kind", "trial-followup.note.error.kind-required");
		}
		if (note.notedOn() == null && !errors.hasFieldErrors("notedOn")) {
			errors.rejectValue("notedOn", "trial-followup.note.error.date-required");
		}
		if (note.kind() == NoteKind.CHILD_STATEMENT && note.group() == null) {
			errors.rejectValue("childGroup", "trial-followup.note.error.group-required");
		}
		if (errors.hasErrors()) {
			return view(viewer, form, model);
		}
		notes.add(viewer.trial(), note, TrialAccess.signedInUser().personId());
		return "redirect:/proevehandlinger/" + id + "/noter?gemt";
	}

	private String view(FollowUpAccess.Viewer viewer, NoteForm form, Model model) {
		page.add(model, viewer);
		model.addAttribute("notes", notes.of(viewer.trialId()));
		model.addAttribute("elements", page.elements(viewer));
		model.addAttribute("note", form);
		model.addAttribute("kinds", NoteKind.values());
		model.addAttribute("groups", ChildGroup.values());
		model.addAttribute("canWrite", viewer.works() && viewer.trial().openForWork());
		return "trials/followup/notes";
	}
}
