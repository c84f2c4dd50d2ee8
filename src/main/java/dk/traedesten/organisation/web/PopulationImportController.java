package dk.traedesten.organisation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.traedesten.organisation.OrganisationAdministration;
import dk.traedesten.organisation.OrganisationDirectory;
import dk.traedesten.organisation.PopulationImport;
import dk.traedesten.organisation.internal.MunicipalityRepository;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Imports population figures from a CSV file exported from Danmarks Statistik: upload, see the figures (or
 * every bad line), approve. Reference data, so only platform administrators, whose sessions already work in
 * the platform-wide scope, may import.
 */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMINISTRATOR')")
class PopulationImportController {

	/** More problems than this are counted, not listed: a file that bad is the wrong file. */
	static final int PROBLEMS_SHOWN = 50;

	private final OrganisationDirectory directory;

	private final OrganisationAdministration administration;

	private final MunicipalityRepository municipalities;

	PopulationImportController(OrganisationDirectory directory, OrganisationAdministration administration,
			MunicipalityRepository municipalities) {
		this.directory = directory;
		this.administration = administration;
		this.municipalities = municipalities;
	}

	@GetMapping("/organisation/kommuner/folketal-import")
	String form(Model model) {
		model.addAttribute("populationImport", PopulationImportForm.empty());
		return "organisation/population-import";
	}

	@PostMapping("/organisation/kommuner/folketal-import")
	String upload(@Valid @ModelAttribute("populationImport") PopulationImportForm form, BindingResult errors,
			Model model, HttpSession session) {
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
		PendingImport pending = new PendingImport(UUID.randomUUID(), result.figures(), form.source().trim(),
				result.skipped());
		session.setAttribute(PendingImport.SESSION_ATTRIBUTE, pending);
		model.addAttribute("pending", pending);
		model.addAttribute("years", pending.years());
		model.addAttribute("current", municipalities.findAll().stream()
			.collect(Collectors.toMap(row -> row.municipality().code(), Function.identity())));
		return "organisation/population-import-preview";
	}

	/** Saves the figures shown on the preview, all in one transaction. */
	@PostMapping("/organisation/kommuner/folketal-import/gem")
	String save(@RequestParam UUID token, HttpSession session, RedirectAttributes redirect) {
		if (!(session.getAttribute(PendingImport.SESSION_ATTRIBUTE) instanceof PendingImport pending)
				|| !pending.token().equals(token)) {
			return "redirect:/organisation/kommuner/folketal-import?udloebet";
		}
		session.removeAttribute(PendingImport.SESSION_ATTRIBUTE);
		administration.importPopulation(pending.figures(), pending.source());
		redirect.addFlashAttribute("imported", pending.figures().size());
		redirect.addFlashAttribute("importedYears", pending.years());
		redirect.addFlashAttribute("importedSource", pending.source());
		redirect.addFlashAttribute("skipped", pending.skipped());
		return "redirect:/organisation/kommuner";
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
