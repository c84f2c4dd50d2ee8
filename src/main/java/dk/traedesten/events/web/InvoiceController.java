package dk.traedesten.events.web;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.traedesten.events.EventNotFoundException;
import dk.traedesten.events.Invoice;
import dk.traedesten.events.Invoicing;
import dk.traedesten.events.InvoicingRefusedException;
import dk.traedesten.events.PublishedEvent;
import dk.traedesten.events.invoicing.EInvoices;
import dk.traedesten.events.invoicing.InvoiceCsv;
import dk.traedesten.events.invoicing.InvoicePdf;

import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organiser's invoicing of an event: close invoicing once the event is over, credit an invoice, and fetch each
 * document as PDF and e-invoice and all of them as CSV. Anyone but the event's organiser gets 404 (the database's
 * rule of V015, asked through {@link Invoicing#organised}). Platform administrators pass the guard because an
 * organisation's organisers (KL's) work in the platform-wide scope until they can sign in (decision 0009).
 */
@Controller
@RequestMapping("/arrangementer/{slug}/fakturaer")
@PreAuthorize("hasAnyRole('EVENT_ORGANISER', 'PLATFORM_ADMINISTRATOR')")
class InvoiceController {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private final Invoicing invoicing;

	private final InvoicePdf pdf;

	private final MessageSource messages;

	InvoiceController(Invoicing invoicing, InvoicePdf pdf, MessageSource messages) {
		this.invoicing = invoicing;
		this.pdf = pdf;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable String slug, Model model) {
		PublishedEvent page = organised(slug);
		List<Invoice> invoices = invoicing.ofEvent(slug);
		Set<UUID> credited = new HashSet<>();
		for (Invoice invoice : invoices) {
			if (invoice.creditNote()) {
				credited.add(invoice.credits());
			}
		}
		model.addAttribute("event", page.event());
		model.addAttribute("closed", invoicing.closed(slug));
		model.addAttribute("invoices", invoices);
		model.addAttribute("credited", credited);
		return "events/invoices";
	}

	@PostMapping("/luk")
	String close(@PathVariable String slug, RedirectAttributes flash) {
		organised(slug);
		try {
			List<Invoice> issued = invoicing.close(slug);
			flash.addFlashAttribute("done", "events.invoices.done.closed");
			flash.addFlashAttribute("doneArgument", issued.size());
		}
		catch (InvoicingRefusedException refused) {
			refuse(flash, refused);
		}
		return "redirect:/arrangementer/" + slug + "/fakturaer";
	}

	@PostMapping("/{id}/krediter")
	String credit(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		organised(slug);
		try {
			Invoice note = invoicing.credit(slug, id);
			flash.addFlashAttribute("done", "events.invoices.done.credited");
			flash.addFlashAttribute("doneArgument", String.valueOf(note.number()));
		}
		catch (InvoicingRefusedException refused) {
			refuse(flash, refused);
		}
		return "redirect:/arrangementer/" + slug + "/fakturaer";
	}

	@GetMapping("/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String slug, @PathVariable UUID id, Locale locale) {
		PublishedEvent page = organised(slug);
		Invoice invoice = document(slug, id);
		byte[] body = pdf.render(Map.of("invoice", invoice, "event", page.event(), "seller", invoicing.seller(slug),
				"lineText", lineText(invoice, page, locale)), locale);
		return download(body, MediaType.APPLICATION_PDF, fileName(invoice, "pdf"));
	}

	@GetMapping("/{id}/ubl")
	ResponseEntity<byte[]> ubl(@PathVariable String slug, @PathVariable UUID id) {
		PublishedEvent page = organised(slug);
		Invoice invoice = document(slug, id);
		if (invoice.buyerEan() == null) {
			throw new EventNotFoundException(id.toString());
		}
		EInvoices.Parties parties = new EInvoices.Parties(invoicing.seller(slug), slug, lineText(invoice, page, DANISH));
		String xml = invoice.creditNote() ? EInvoices.xml(EInvoices.creditNote(invoice, parties))
				: EInvoices.xml(EInvoices.invoice(invoice, parties));
		return download(xml.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_XML, fileName(invoice, "xml"));
	}

	@GetMapping("/csv")
	ResponseEntity<byte[]> csv(@PathVariable String slug, Locale locale) {
		organised(slug);
		List<String> headers = List.of(messages.getMessage("events.invoices.csv.headers", null, locale).split(";"));
		byte[] body = InvoiceCsv.write(invoicing.ofEvent(slug), headers,
				invoice -> messages.getMessage("events.invoices.kind." + invoice.kind(), null, locale));
		return download(body, new MediaType("text", "csv", StandardCharsets.UTF_8), "fakturaer-" + slug + ".csv");
	}

	private PublishedEvent organised(String slug) {
		return invoicing.organised(slug).orElseThrow(() -> new EventNotFoundException(slug));
	}

	private Invoice document(String slug, UUID id) {
		return invoicing.find(slug, id).orElseThrow(() -> new EventNotFoundException(id.toString()));
	}

	private String lineText(Invoice invoice, PublishedEvent page, Locale locale) {
		String key = invoice.licence() != null ? "events.invoice.line.licence." + invoice.licence()
				: "events.invoice.line.persons";
		return messages.getMessage(key, new Object[] { page.event().title() }, locale);
	}

	private static void refuse(RedirectAttributes flash, InvoicingRefusedException refused) {
		flash.addFlashAttribute("refused", "events.invoices.refused." + refused.reason());
		Object[] details = refused.details();
		flash.addFlashAttribute("refusedArgument", details.length > 0 ? String.valueOf(details[0]) : "");
	}

	private static String fileName(Invoice invoice, String extension) {
		return (invoice.creditNote() ? "kreditnota-" : "faktura-") + invoice.number() + "." + extension;
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
				.build().toString())
			.body(body);
	}
}
