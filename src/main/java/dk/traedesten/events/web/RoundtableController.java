package dk.traedesten.events.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.events.EventNotFoundException;
import dk.traedesten.events.Roundtable;
import dk.traedesten.events.RoundtableBoard;
import dk.traedesten.events.RoundtableRefusedException;
import dk.traedesten.events.Roundtables;
import dk.traedesten.platform.pdf.HtmlPdf;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The organiser's roundtables of a webinar (seed 000, decision 0015): seat the participants, move a person by hand,
 * staff each table and write down its input, and the common wrap-up as a page and a PDF. Guarded like event
 * planning: organisers and platform administrators pass the role check, and an event the caller does not organise
 * answers 404 as an unknown one does.
 */
@Controller
@RequestMapping("/arrangementer/{slug}/rundborde")
@PreAuthorize("hasAnyRole('EVENT_ORGANISER', 'PLATFORM_ADMINISTRATOR')")
class RoundtableController {

	private final Roundtables roundtables;

	private final HtmlPdf pdf;

	RoundtableController(Roundtables roundtables, HtmlPdf pdf) {
		this.roundtables = roundtables;
		this.pdf = pdf;
	}

	@GetMapping
	String board(@PathVariable String slug, Model model) {
		RoundtableBoard board = board(slug);
		RoundtableRunForm run = new RoundtableRunForm();
		run.setCapacity(String.valueOf(board.capacity()));
		return page(board, run, new RoundtableMoveForm(), model);
	}

	@PostMapping("/fordel")
	String run(@PathVariable String slug, @ModelAttribute("run") RoundtableRunForm form, BindingResult errors,
			Model model) {
		RoundtableBoard board = board(slug);
		int capacity = form.capacity(errors);
		if (!errors.hasErrors()) {
			try {
				roundtables.allocate(slug, capacity, form.isReset());
				return "redirect:/arrangementer/" + slug + "/rundborde?fordelt";
			}
			catch (RoundtableRefusedException refused) {
				errors.rejectValue("capacity", "roundtables.refused." + refused.reason(), refused.details(), null);
			}
		}
		return page(board, form, new RoundtableMoveForm(), model);
	}

	@PostMapping("/flyt")
	String move(@PathVariable String slug, @ModelAttribute("move") RoundtableMoveForm form, BindingResult errors,
			Model model) {
		RoundtableBoard board = board(slug);
		UUID participant = WebinarFields.id(form.getParticipant());
		UUID table = WebinarFields.id(form.getTable());
		boolean known = participant != null && (board.unseated().stream().anyMatch(s -> s.participant().id().equals(participant))
				|| board.tables().stream().flatMap(t -> t.people().stream()).anyMatch(s -> s.participant().id().equals(participant)));
		if (!known) {
			errors.rejectValue("participant", "roundtables.error.person");
		}
		if (table == null || board.table(table).isEmpty()) {
			errors.rejectValue("table", "roundtables.error.table");
		}
		if (!errors.hasErrors()) {
			try {
				roundtables.move(slug, participant, table);
				return "redirect:/arrangementer/" + slug + "/rundborde?flyttet";
			}
			catch (RoundtableRefusedException refused) {
				errors.rejectValue("table", "roundtables.refused." + refused.reason(), refused.details(), null);
			}
		}
		RoundtableRunForm run = new RoundtableRunForm();
		run.setCapacity(String.valueOf(board.capacity()));
		return page(board, run, form, model);
	}

	@GetMapping("/opsamling")
	String wrapUp(@PathVariable String slug, Model model) {
		model.addAttribute("board", board(slug));
		return "events/roundtables/wrap-up";
	}

	@GetMapping("/opsamling.pdf")
	ResponseEntity<byte[]> wrapUpPdf(@PathVariable String slug, Locale locale) {
		byte[] body = pdf.render("events/roundtables/wrap-up-pdf", Map.of("board", board(slug)), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("opsamling-" + slug + ".pdf", StandardCharsets.UTF_8).build()
						.toString())
			.body(body);
	}

	@GetMapping("/{tableId}")
	String table(@PathVariable String slug, @PathVariable UUID tableId, Model model) {
		RoundtableBoard board = board(slug);
		Roundtable table = board.table(tableId).orElseThrow(() -> new EventNotFoundException(tableId.toString()));
		return tablePage(board, table, RoundtableForm.of(table), model);
	}

	@PostMapping("/{tableId}")
	String saveTable(@PathVariable String slug, @PathVariable UUID tableId,
			@ModelAttribute("tableForm") RoundtableForm form, BindingResult errors, Model model) {
		RoundtableBoard board = board(slug);
		Roundtable table = board.table(tableId).orElseThrow(() -> new EventNotFoundException(tableId.toString()));
		if (!form.validate(errors)) {
			return tablePage(board, table, form, model);
		}
		roundtables.saveTable(slug, tableId, form.getFacilitator(), form.getNoteTaker(), form.getSummary(),
				form.themes(), form.recommendations());
		return "redirect:/arrangementer/" + slug + "/rundborde/" + tableId + "?gemt";
	}

	@ExceptionHandler(EventNotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	private String page(RoundtableBoard board, RoundtableRunForm run, RoundtableMoveForm move, Model model) {
		model.addAttribute("board", board);
		model.addAttribute("run", run);
		model.addAttribute("move", move);
		return "events/roundtables/board";
	}

	private String tablePage(RoundtableBoard board, Roundtable table, RoundtableForm form, Model model) {
		model.addAttribute("board", board);
		model.addAttribute("table", table);
		model.addAttribute("tableForm", form);
		return "events/roundtables/table";
	}

	private RoundtableBoard board(String slug) {
		return roundtables.board(slug).orElseThrow(() -> new EventNotFoundException(slug));
	}
}
