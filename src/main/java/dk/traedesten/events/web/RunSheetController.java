package dk.traedesten.events.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.events.EventNotFoundException;
import dk.traedesten.events.RunSheet;
import dk.traedesten.events.RunSheetRow;
import dk.traedesten.events.RunSheets;
import dk.traedesten.platform.pdf.HtmlPdf;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The organiser's run sheet (drejebog) of an event: the programme copied in as lines, lines added in between, each
 * with who sees to it, a note and a tick when done, and the whole as PDF to print. Plain forms, each a POST that
 * redirects. Anyone but the event's organiser gets 404 as on the planning pages.
 */
@Controller
@PreAuthorize("hasAnyRole('EVENT_ORGANISER', 'PLATFORM_ADMINISTRATOR')")
class RunSheetController {

	private static final String BASE = "/arrangementer/{slug}/drejebog";

	private final RunSheets sheets;

	private final HtmlPdf pdf;

	RunSheetController(RunSheets sheets, HtmlPdf pdf) {
		this.sheets = sheets;
		this.pdf = pdf;
	}

	@GetMapping(BASE)
	String show(@PathVariable String slug, Model model) {
		return page(sheet(slug), new RunSheetRowForm(), model);
	}

	@PostMapping(BASE)
	String add(@PathVariable String slug, @ModelAttribute("row") RunSheetRowForm form, BindingResult errors,
			Model model) {
		RunSheet sheet = sheet(slug);
		if (!form.validate(sheet.event(), errors)) {
			return page(sheet, form, model);
		}
		sheets.add(slug, form.row());
		return redirect(slug, "linje-tilfoejet");
	}

	@PostMapping(BASE + "/fra-programmet")
	String copyProgramme(@PathVariable String slug) {
		sheet(slug);
		sheets.copyProgramme(slug);
		return redirect(slug, "program-hentet");
	}

	@GetMapping(BASE + "/{rowId}")
	String editForm(@PathVariable String slug, @PathVariable UUID rowId, Model model) {
		RunSheet sheet = sheet(slug);
		return edit(sheet, row(sheet, rowId), RunSheetRowForm.of(row(sheet, rowId)), model);
	}

	@PostMapping(BASE + "/{rowId}")
	String save(@PathVariable String slug, @PathVariable UUID rowId, @ModelAttribute("row") RunSheetRowForm form,
			BindingResult errors, Model model) {
		RunSheet sheet = sheet(slug);
		RunSheetRow row = row(sheet, rowId);
		if (!form.validate(sheet.event(), errors)) {
			return edit(sheet, row, form, model);
		}
		sheets.edit(slug, rowId, form.row());
		return redirect(slug, "linje-gemt");
	}

	@PostMapping(BASE + "/{rowId}/afkrydset")
	String tick(@PathVariable String slug, @PathVariable UUID rowId,
			@RequestParam(defaultValue = "false") boolean done) {
		if (!sheets.tick(slug, rowId, done)) {
			throw new EventNotFoundException(rowId.toString());
		}
		return "redirect:/arrangementer/" + slug + "/drejebog#linje-" + rowId;
	}

	@PostMapping(BASE + "/{rowId}/slet")
	String delete(@PathVariable String slug, @PathVariable UUID rowId) {
		if (!sheets.delete(slug, rowId)) {
			throw new EventNotFoundException(rowId.toString());
		}
		return redirect(slug, "linje-slettet");
	}

	@GetMapping("/arrangementer/{slug}/drejebog.pdf")
	ResponseEntity<byte[]> print(@PathVariable String slug, Locale locale) {
		RunSheet sheet = sheet(slug);
		byte[] body = pdf.render("events/run-sheet-pdf", Map.of("sheet", sheet, "event", sheet.event()), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("drejebog-" + slug + ".pdf").build().toString())
			.body(body);
	}

	private String page(RunSheet sheet, RunSheetRowForm form, Model model) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("event", sheet.event());
		model.addAttribute("row", form);
		return "events/run-sheet";
	}

	private String edit(RunSheet sheet, RunSheetRow row, RunSheetRowForm form, Model model) {
		model.addAttribute("event", sheet.event());
		model.addAttribute("line", row);
		model.addAttribute("row", form);
		return "events/run-sheet-row";
	}

	private RunSheet sheet(String slug) {
		return sheets.of(slug).orElseThrow(() -> new EventNotFoundException(slug));
	}

	private static RunSheetRow row(RunSheet sheet, UUID rowId) {
		return sheet.rows()
			.stream()
			.filter(row -> row.id().equals(rowId))
			.findFirst()
			.orElseThrow(() -> new EventNotFoundException(rowId.toString()));
	}

	private static String redirect(String slug, String flag) {
		return "redirect:/arrangementer/" + slug + "/drejebog?" + flag;
	}
}
