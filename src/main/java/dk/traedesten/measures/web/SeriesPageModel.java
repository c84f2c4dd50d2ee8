package dk.traedesten.measures.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.traedesten.measures.MeasureAccess;
import dk.traedesten.measures.MeasureSeries;
import dk.traedesten.measures.Series;
import dk.traedesten.measures.SeriesNote;
import dk.traedesten.measures.SeriesOverview;
import dk.traedesten.measures.SeriesPoint;
import dk.traedesten.measures.chart.SeriesCharts;
import dk.traedesten.trials.TrialAccess;
import dk.traedesten.trials.TrialTeams;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the series page shows, shared by the page and the note form that returns to it with its errors. */
@Component
class SeriesPageModel {

	/** A note as the page lists it: with the PDSA cycle it is about, if any, and whether the reader wrote it. */
	record NoteLine(SeriesNote note, TrialTeams.Cycle cycle, boolean own) {
	}

	private final MeasureSeries measures;

	private final MeasureAccess access;

	private final SeriesOverview overview;

	private final TrialTeams trials;

	private final SeriesCharts charts;

	SeriesPageModel(MeasureSeries measures, MeasureAccess access, SeriesOverview overview, TrialTeams trials,
			SeriesCharts charts) {
		this.charts = charts;
		this.measures = measures;
		this.access = access;
		this.overview = overview;
		this.trials = trials;
	}

	void add(Series series, NoteForm form, Model model) {
		boolean inTeam = access.inTeam(series);
		List<TrialTeams.Cycle> cycles = cycles(series);
		Map<UUID, TrialTeams.Cycle> byId = cycles.stream()
			.collect(Collectors.toMap(TrialTeams.Cycle::id, Function.identity()));
		Set<UUID> own = measures.notesWrittenBy(series.id(), TrialAccess.signedInUser().personId());
		List<NoteLine> notes = measures.notes(series.id())
			.stream()
			.map(note -> new NoteLine(note, note.pdsaCycleId() == null ? null : byId.get(note.pdsaCycleId()),
					inTeam && own.contains(note.id())))
			.toList();
		model.addAttribute("series", series);
		model.addAttribute("summary", overview.summary(series));
		model.addAttribute("notes", notes);
		model.addAttribute("inTeam", inTeam);
		model.addAttribute("note", form);
		model.addAttribute("periods", periods(series));
		model.addAttribute("cycles", cycles);
		model.addAttribute("chart", charts.view(series, LocaleContextHolder.getLocale()));
	}

	List<LocalDate> periods(Series series) {
		return measures.points(series.id()).stream().map(SeriesPoint::periodStart).toList();
	}

	List<TrialTeams.Cycle> cycles(Series series) {
		return series.trialId() == null ? List.of() : trials.cycles(series.trialId());
	}
}
