package dk.traedesten.events.invoicing;

import java.util.Locale;
import java.util.Map;

import dk.traedesten.platform.pdf.HtmlPdf;

import org.springframework.stereotype.Component;

/**
 * An invoice or credit note as a tagged PDF (PDF/UA) from the Thymeleaf template {@code events/invoice-pdf}, in the
 * embedded DejaVu Sans so that æ, ø and å print, as the trials' reports do.
 */
@Component
public class InvoicePdf {

	private final HtmlPdf pdf;

	InvoicePdf(HtmlPdf pdf) {
		this.pdf = pdf;
	}

	public byte[] render(Map<String, Object> model, Locale locale) {
		return pdf.render("events/invoice-pdf", model, locale);
	}
}
