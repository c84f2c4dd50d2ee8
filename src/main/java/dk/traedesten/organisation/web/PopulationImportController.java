package dk.traedesten.organisation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.TreeSet;

import dk.traedesten.organisation.OrganisationAdministration;
import dk.traedesten.organisation.OrganisationDirectory;
import dk.traedesten.organisation.PopulationFigure;
import dk.traedesten.organisation.PopulationImport;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Imports population figures from a CSV file exported from Danmarks Statistik. Reference data, so only
 * platform administrators, whose sessions already work in the platform-wide scope, may import.
 */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMINISTRATOR')")
class PopulationImportController {

	/** More problems than this are counted, not listed: a file that bad is the wrong file. */
	static final int PROBLEMS_SHOWN = 50;

	private final OrganisationDirectory directory;

	private final OrganisationAdministration administration;

	PopulationImportController(OrganisationDirectory directory, OrganisationAdministration administration) {
		this.directory = directory;
		this.administration = administration;
	}

	@GetMapping("/organisation/kommuner/folketal-import")
	String form(Model model) {
		model.addAttribute("populationImport", PopulationImportForm.empty());
		return "organisation/population-import";
	}

	@PostMapping("/organisation/kommuner/folketal-import")
	String upload(@Valid @ModelAttribute("populationImport") PopulationImportForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (form.file() == null || form.file().isEmpty()) {
			errors.rejectValue("file", "organisation.population.import.error.file-required");
		}
		if (errors.hasErrors()) {
			return "organisation/population-import";
		}
		PopulationImport.Result result = PopulationImport.read(bytes(form), directory.municipalityNames(),
				form.year());
		if (!result.accepted()) {
			errors.rejectValue("file", "organisation.population.import.error.rejected",
					new Object[] { result.problems().size() }, null);
			model.addAttribute("problems", result.problems().stream().limit(PROBLEMS_SHOWN).toList());
			model.addAttribute("problemCount", result.problems().size());
			model.addAttribute("problemsNotShown", Math.max(0, result.problems().size() - PROBLEMS_SHOWN));
			return "organisation/population-import";
		}
		administration.importPopulation(result.figures(), form.source());
		redirect.addFlashAttribute("imported", result.figures().size());
		redirect.addFlashAttribute("importedYears", years(result.figures()));
		redirect.addFlashAttribute("importedSource", form.source().trim());
		redirect.addFlashAttribute("skipped", result.skipped());
		return "redirect:/organisation/kommuner";
	}

	private static String years(List<PopulationFigure> figures) {
		return String.join(", ", figures.stream()
			.map(figure -> String.valueOf(figure.year()))
			.collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
	}

	private static byte[] bytes(PopulationImportForm form) {
		try {
			return form.file().getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
