package dk.traedesten.measures.data.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dk.traedesten.measures.MeasureSeries;
import dk.traedesten.measures.Series;
import dk.traedesten.measures.data.CellProblem;
import dk.traedesten.measures.data.DanishCsv;
import dk.traedesten.measures.data.PointImport;
import dk.traedesten.measures.data.PointImportResult;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import of a series' points from a CSV or Excel file: upload, see every point to be saved (or every rejected cell
 * by row and column), confirm. Nothing is written before the confirmation, and then all the points at once.
 */
@Controller
@PreAuthorize("isAuthenticated() and principal.municipalityCode() != null")
class SeriesImportController {

	/** A file with more problems than this is the wrong file: the rest are counted, not listed. */
	static final int PROBLEMS_SHOWN = 100;

	/** The preview lists this many points and counts the rest. */
	static final int POINTS_SHOWN = 300;

	private final EditableSeries editable;

	private final MeasureSeries measures;

	private final ProblemMessages messages;

	SeriesImportController(EditableSeries editable, MeasureSeries measures, ProblemMessages messages) {
		this.editable = editable;
		this.measures = measures;
		this.messages = messages;
	}

	@GetMapping("/maalinger/serier/{id}/import")
	String form(@PathVariable UUID id, Model model) {
		model.addAttribute("series", editable.find(id));
		model.addAttribute("summary", List.of());
		return "measures/data/import";
	}

	@PostMapping("/maalinger/serier/{id}/import")
	String upload(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, Model model,
			HttpSession session, Locale locale) {
		Series series = editable.find(id);
		model.addAttribute("series", series);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", messages.text("measure-data.import.file-required", locale));
			model.addAttribute("summary", List.of(new ErrorLine("file", messages.text("measure-data.import.file-required", locale))));
			return "measures/data/import";
		}
		String fileName = fileName(file.getOriginalFilename());
		byte[] content = bytes(file);
		PointImportResult result = PointImport.read(fileName, content, EditableSeries.rules(series));
		if (!result.accepted()) {
			return rejected(result, fileName, model, locale);
		}
		PendingUpload pending = new PendingUpload(UUID.randomUUID(), id, fileName, content);
		session.setAttribute(PendingUpload.SESSION_ATTRIBUTE, pending);
		model.addAttribute("pending", pending);
		model.addAttribute("result", result);
		model.addAttribute("shown", result.points().stream().limit(POINTS_SHOWN).toList());
		model.addAttribute("current", measures.points(id).size());
		model.addAttribute("columns", GridColumn.of(series, messages, locale));
		return "measures/data/import-preview";
	}

	/** Saves the file shown on the preview, read again now, all in one transaction. */
	@PostMapping("/maalinger/serier/{id}/import/gem")
	String confirm(@PathVariable UUID id, @RequestParam UUID token, Model model, HttpSession session, Locale locale) {
		Series series = editable.find(id);
		if (!(session.getAttribute(PendingUpload.SESSION_ATTRIBUTE) instanceof PendingUpload pending)
				|| !pending.confirms(id, token)) {
			return "redirect:/maalinger/serier/" + id + "/import?udloebet";
		}
		session.removeAttribute(PendingUpload.SESSION_ATTRIBUTE);
		PointImportResult result = PointImport.read(pending.fileName(), pending.content(), EditableSeries.rules(series));
		if (!result.accepted()) {
			model.addAttribute("series", series);
			return rejected(result, pending.fileName(), model, locale);
		}
		measures.replacePoints(series, result.points(), messages.text("measure-data.change.import", ProblemMessages.TRAIL,
				pending.fileName(), result.rows()));
		return "redirect:/maalinger/serier/" + id + "/data?importeret";
	}

	@GetMapping("/maalinger/serier/{id}/skabelon.csv")
	ResponseEntity<byte[]> template(@PathVariable UUID id) {
		Series series = editable.find(id);
		byte[] csv = DanishCsv.write(measures.points(id), EditableSeries.rules(series), StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("skabelon.csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(csv);
	}

	private String rejected(PointImportResult result, String fileName, Model model, Locale locale) {
		List<CellProblem> problems = result.problems();
		model.addAttribute("fileError", messages.text("measure-data.import.rejected", locale, fileName, problems.size()));
		model.addAttribute("summary", messages.full(problems, PROBLEMS_SHOWN, locale).stream()
			.map(text -> new ErrorLine("file", text)).toList());
		model.addAttribute("more", Math.max(0, problems.size() - PROBLEMS_SHOWN));
		return "measures/data/import";
	}

	/** The name without any path a browser sent, kept short: it goes into the series' change note. */
	static String fileName(String original) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		if (name.isEmpty()) {
			return "fil";
		}
		return name.length() > 100 ? name.substring(0, 100) : name;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
