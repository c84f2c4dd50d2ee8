package dk.traedesten.measures.web;

import java.util.UUID;

import dk.traedesten.measures.MeasureAccess;
import dk.traedesten.measures.MeasureSeries;
import dk.traedesten.measures.Series;
import dk.traedesten.measures.SeriesNotFoundException;
import dk.traedesten.trials.TrialAccess;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Notes on a series' points: the team adds them, and each person deletes their own. */
@Controller
@PreAuthorize(MeasureGuards.MUNICIPAL)
class SeriesNoteController {

	private final MeasureSeries measures;

	private final MeasureAccess access;

	private final SeriesPageModel page;

	SeriesNoteController(MeasureSeries measures, MeasureAccess access, SeriesPageModel page) {
		this.measures = measures;
		this.access = access;
		this.page = page;
	}

	@PostMapping("/maalinger/serier/{id}/noter")
	String add(@PathVariable UUID id, @ModelAttribute("note") NoteForm form, BindingResult errors, Model model) {
		Series series = team(id);
		if (!form.validate(page.periods(series), page.cycles(series), errors)) {
			page.add(series, form, model);
			return "measures/series";
		}
		measures.addNote(series, form.getPeriodStart(), form.getText().strip(), form.getPdsaCycleId(),
				TrialAccess.signedInUser().personId());
		return "redirect:/maalinger/serier/" + id + "?note-gemt#noter";
	}

	@PostMapping("/maalinger/serier/{id}/noter/{noteId}/slet")
	String delete(@PathVariable UUID id, @PathVariable UUID noteId) {
		Series series = team(id);
		if (!measures.deleteNote(series, noteId, TrialAccess.signedInUser().personId())) {
			throw new SeriesNotFoundException();
		}
		return "redirect:/maalinger/serier/" + id + "?note-slettet#noter";
	}

	private Series team(UUID id) {
		Series series = measures.find(id).filter(access::canRead).orElseThrow(SeriesNotFoundException::new);
		if (!access.inTeam(series)) {
			throw new AccessDeniedException("Only the team writes notes on its series");
		}
		return series;
	}
}
