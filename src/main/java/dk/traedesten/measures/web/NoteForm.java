package dk.traedesten.measures.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.traedesten.trials.CprNumbers;
import dk.traedesten.trials.TrialTeams;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** What the note form sends: the point (by its period's first day), the text and optionally a PDSA cycle. */
class NoteForm {

	static final int TEXT_MAX = 1000;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodStart;

	private String text = "";

	private UUID pdsaCycleId;

	/** Rejects each bad field with its Danish message: the period must be one of the series' points, the cycle the trial's. */
	boolean validate(List<LocalDate> periods, List<TrialTeams.Cycle> cycles, BindingResult errors) {
		if (periodStart == null || !periods.contains(periodStart)) {
			if (!errors.hasFieldErrors("periodStart")) {
				errors.rejectValue("periodStart", "measures.note.error.period-required");
			}
		}
		if (text.isBlank()) {
			errors.rejectValue("text", "measures.note.error.text-required");
		}
		else if (text.strip().length() > TEXT_MAX) {
			errors.rejectValue("text", "measures.error.too-long", new Object[] { TEXT_MAX }, null);
		}
		else if (CprNumbers.containsCpr(text)) {
			errors.rejectValue("text", "measures.error.cpr");
		}
		if (pdsaCycleId != null && cycles.stream().noneMatch(cycle -> cycle.id().equals(pdsaCycleId))) {
			errors.rejectValue("pdsaCycleId", "measures.note.error.cycle");
		}
		return !errors.hasErrors();
	}

	public LocalDate getPeriodStart() {
		return periodStart;
	}

	public void setPeriodStart(LocalDate periodStart) {
		this.periodStart = periodStart;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text == null ? "" : text;
	}

	public UUID getPdsaCycleId() {
		return pdsaCycleId;
	}

	public void setPdsaCycleId(UUID pdsaCycleId) {
		this.pdsaCycleId = pdsaCycleId;
	}
}
