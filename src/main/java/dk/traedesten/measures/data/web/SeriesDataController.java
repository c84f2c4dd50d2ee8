package dk.traedesten.measures.data.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.measures.MeasureSeries;
import dk.traedesten.measures.Series;
import dk.traedesten.measures.data.CellProblem;
import dk.traedesten.measures.data.Column;
import dk.traedesten.measures.data.DecimalStyle;
import dk.traedesten.measures.data.PointGrid;
import dk.traedesten.measures.data.PointImportResult;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Entry by hand: the series' points in a grid, one row per period and a few empty rows to add to. Saving replaces
 * every point at once, or, if any cell is wrong, nothing: the grid comes back as typed with each error at its cell.
 */
@Controller
@PreAuthorize("isAuthenticated() and principal.municipalityCode() != null")
class SeriesDataController {

	static final int EMPTY_ROWS = 5;

	/** Ten years of weeks, and room to add: more rows than this are refused by the binder, not by the database. */
	static final int MAX_ROWS = 600;

	private final EditableSeries editable;

	private final MeasureSeries measures;

	private final ProblemMessages messages;

	SeriesDataController(EditableSeries editable, MeasureSeries measures, ProblemMessages messages) {
		this.editable = editable;
		this.measures = measures;
		this.messages = messages;
	}

	@InitBinder("grid")
	void rows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(MAX_ROWS);
	}

	@GetMapping("/maalinger/serier/{id}/data")
	String grid(@PathVariable UUID id, Model model, Locale locale) {
		Series series = editable.find(id);
		return view(series, GridForm.of(measures.points(id), style(locale), EMPTY_ROWS), List.of(), model, locale);
	}

	@PostMapping("/maalinger/serier/{id}/data")
	String save(@PathVariable UUID id, @ModelAttribute("grid") GridForm grid,
			@RequestParam(required = false) String more, Model model, Locale locale) {
		Series series = editable.find(id);
		if (more != null) {
			grid.addEmpty(EMPTY_ROWS);
			return view(series, grid, List.of(), model, locale);
		}
		PointImportResult result = PointGrid.read(grid.cells(), GridColumn.names(series, messages, locale),
				EditableSeries.rules(series), style(locale));
		if (!result.accepted()) {
			return view(series, grid, result.problems(), model, locale);
		}
		measures.replacePoints(series, result.points(),
				messages.text("measure-data.change.grid", ProblemMessages.TRAIL, result.points().size()));
		return "redirect:/maalinger/serier/" + id + "/data?gemt";
	}

	private String view(Series series, GridForm grid, List<CellProblem> problems, Model model, Locale locale) {
		List<GridColumn> columns = GridColumn.of(series, messages, locale);
		Map<String, String> cellErrors = new LinkedHashMap<>();
		List<ErrorLine> summary = new ArrayList<>();
		for (CellProblem problem : problems) {
			String input = "rows" + (problem.row() - 1) + "-" + Column.values()[problem.columnIndex()].name().toLowerCase(Locale.ROOT);
			cellErrors.merge(input, messages.reason(problem, locale), (first, second) -> first + " " + second);
			summary.add(new ErrorLine(input, messages.full(problem, locale)));
		}
		model.addAttribute("series", series);
		model.addAttribute("grid", grid);
		model.addAttribute("columns", columns);
		model.addAttribute("cellErrors", cellErrors);
		model.addAttribute("summary", summary);
		return "measures/data/grid";
	}

	/** The grid takes numbers the reader's way: a decimal comma in Danish, a decimal point in English. */
	static DecimalStyle style(Locale locale) {
		return "en".equals(locale.getLanguage()) ? DecimalStyle.POINT : DecimalStyle.COMMA;
	}
}
