package dk.traedesten.events.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.traedesten.events.EventCatalogue;
import dk.traedesten.events.Invoice;
import dk.traedesten.events.Invoicing;
import dk.traedesten.platform.tenancy.TenantScope;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo summit's invoice and a credit note as PDF: the text a reader sees, with the seed's amounts. */
@SpringBootTest
class InvoicePdfTests {

	static final String SUMMIT = "boern-unge-topmoede-2021";

	@Autowired
	Invoicing invoicing;

	@Autowired
	EventCatalogue catalogue;

	@Autowired
	InvoicePdf pdf;

	@Test
	void copenhagensLicenceInvoiceShowsBuyerEanAmountsAndVat() throws Exception {
		List<Invoice> invoices = TenantScope.asSystem("test", () -> invoicing.ofEvent(SUMMIT));
		Invoice copenhagen = invoices.stream().filter(i -> i.municipalityCode() == 101 && !i.creditNote())
			.findFirst().orElseThrow();
		String text = text(render(copenhagen, "Kommunelicens, kommune over grænsen"));
		assertThat(text).contains("Faktura nr. " + copenhagen.number(), "København", "EAN-nr. 5798009374608",
				"KL", "25.000,00 kr.", "Moms 25 %", "6.250,00 kr.", "I alt at betale 31.250,00");
	}

	@Test
	void aCreditNoteNamesTheInvoiceItCredits() throws Exception {
		Invoice stevns = TenantScope.asSystem("test", () -> invoicing.ofEvent(SUMMIT)).stream()
			.filter(i -> i.municipalityCode() == 336 && !i.creditNote()).findFirst().orElseThrow();
		Invoice note = new Invoice(stevns.id(), stevns.eventId(), stevns.buyer(), stevns.number() + 100,
				dk.traedesten.events.InvoiceKind.CREDIT_NOTE, stevns.id(), stevns.number(), stevns.issuedOn(),
				stevns.buyerName(), stevns.buyerEan(), stevns.licence(), stevns.quantity(), stevns.unitPriceOre(),
				stevns.netOre(), stevns.discountPercent(), stevns.discountOre(), stevns.vatPercent(), stevns.vatOre(),
				stevns.totalOre());
		String text = text(render(note, "Kommunelicens"));
		assertThat(text).contains("Kreditnota nr. " + note.number(), "Krediterer", "Faktura nr. " + stevns.number(),
				"I alt krediteret", "25.000,00 kr.");
	}

	private byte[] render(Invoice invoice, String line) throws Exception {
		byte[] bytes = TenantScope.asSystem("test", () -> pdf.render(Map.of("invoice", invoice, "event",
				catalogue.find(SUMMIT).orElseThrow().event(), "seller", invoicing.seller(SUMMIT), "lineText", line),
				Locale.forLanguageTag("da")));
		Files.write(Path.of("target", (invoice.creditNote() ? "kreditnota-" : "faktura-") + invoice.number() + ".pdf"),
				bytes);
		return bytes;
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
