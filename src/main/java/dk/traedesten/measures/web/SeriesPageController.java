package dk.traedesten.measures.web;

import java.util.UUID;

import dk.traedesten.measures.Indicators;
import dk.traedesten.measures.MeasureAccess;
import dk.traedesten.measures.MeasureSeries;
import dk.traedesten.measures.Period;
import dk.traedesten.measures.Series;
import dk.traedesten.measures.SeriesNotFoundException;
import dk.traedesten.measures.SeriesOverview;
import dk.traedesten.trials.TrialAccess;
import dk.traedesten.trials.TrialTeams;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The measures pages: the series a person may read, grouped by trial and unit; a new series for a trial (its
 * team) or a unit (its staff, or the coordinator); and one series with its chart and notes. A series, trial or
 * unit the person may not read answers 404 like one that does not exist; one they read but may not add to, 403.
 */
@Controller
@PreAuthorize(MeasureGuards.MUNICIPAL)
class SeriesPageController {

	private final SeriesOverview overview;

	private final MeasureSeries measures;

	private final MeasureAccess access;

	private final Indicators indicators;

	private final TrialAccess trialAccess;

	private final TrialTeams trials;

	private final SeriesPageModel page;

	SeriesPageController(SeriesOverview overview, MeasureSeries measures, MeasureAccess access, Indicators indicators,
			TrialAccess trialAccess, TrialTeams trials, SeriesPageModel page) {
		this.overview = overview;
		this.measures = measures;
		this.access = access;
		this.indicators = indicators;
		this.trialAccess = trialAccess;
		this.trials = trials;
		this.page = page;
	}

	@GetMapping("/maalinger")
	String list(@RequestParam(name = "proevehandling", required = false) UUID trialId,
			@RequestParam(name = "enhed", required = false) UUID unitId,
			@RequestParam(name = "indikator", required = false) UUID indicatorId, Model model) {
		model.addAttribute("groups", overview.readable(new SeriesOverview.Filter(trialId, unitId, indicatorId)));
		model.addAttribute("filterTrials", overview.trialsWithSeries());
		model.addAttribute("filterIndicators", indicators.all());
		model.addAttribute("trialId", trialId);
		model.addAttribute("unitId", unitId);
		model.addAttribute("indicatorId", indicatorId);
		model.addAttribute("filtered", trialId != null || unitId != null || indicatorId != null);
		model.addAttribute("newTrials", overview.trialsForNewSeries());
		model.addAttribute("newUnits", overview.unitsForNewSeries());
		model.addAttribute("canAddHere", trialId != null && access.canAddSeriesTo(trialId));
		return "measures/index";
	}

	@GetMapping("/maalinger/serier/ny")
	String createForm(@RequestParam(name = "proevehandling", required = false) UUID trialId,
			@RequestParam(name = "enhed", required = false) UUID unitId, Model model) {
		return form(place(trialId, unitId), new SeriesForm(), model);
	}

	@PostMapping("/maalinger/serier/ny")
	String create(@RequestParam(name = "proevehandling", required = false) UUID trialId,
			@RequestParam(name = "enhed", required = false) UUID unitId, @ModelAttribute("series") SeriesForm form,
			BindingResult errors, Model model) {
		Place place = place(trialId, unitId);
		var known = indicators.all();
		if (!form.validate(known, errors)) {
			return form(place, form, model);
		}
		var indicator = known.stream().filter(found -> found.id().equals(form.getIndicatorId())).findFirst().orElseThrow();
		UUID id = measures.add(form.toSeries(TrialAccess.signedInUser().municipalityCode(), indicator, place.trialId(),
				place.unitId()), TrialAccess.signedInUser().personId());
		return "redirect:/maalinger/serier/" + id + "?oprettet";
	}

	@GetMapping("/maalinger/serier/{id}")
	String show(@PathVariable UUID id, Model model) {
		Series series = measures.find(id).filter(access::canRead).orElseThrow(SeriesNotFoundException::new);
		page.add(series, new NoteForm(), model);
		return "measures/series";
	}

	/** Where the new series goes, after the checks: 404 for a trial or unit not to be seen, 403 for one not to add to. */
	private Place place(UUID trialId, UUID unitId) {
		if ((trialId == null) == (unitId == null)) {
			throw new SeriesNotFoundException();
		}
		if (trialId != null) {
			if (!trialAccess.canRead(trialId)) {
				throw new SeriesNotFoundException();
			}
			if (!access.canAddSeriesTo(trialId)) {
				throw new AccessDeniedException("Only the trial's team adds series to it");
			}
			return new Place(trialId, null, trials.trial(trialId).orElseThrow(SeriesNotFoundException::new).title());
		}
		String name = overview.unitName(unitId).orElseThrow(SeriesNotFoundException::new);
		if (!access.canAddSeriesToUnit(unitId)) {
			throw new AccessDeniedException("Only the unit's staff and the coordinator add series to it");
		}
		return new Place(null, unitId, name);
	}

	private String form(Place place, SeriesForm form, Model model) {
		model.addAttribute("place", place);
		model.addAttribute("series", form);
		model.addAttribute("indicators", indicators.all());
		model.addAttribute("periods", Period.values());
		return "measures/series-form";
	}

	/** A trial or a unit, by its title or name. */
	record Place(UUID trialId, UUID unitId, String title) {
	}

}
