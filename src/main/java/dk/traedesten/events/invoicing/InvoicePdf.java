package dk.traedesten.events.invoicing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * An invoice or credit note as a tagged PDF (PDF/UA) from the Thymeleaf template {@code events/invoice-pdf}, in the
 * embedded DejaVu Sans so that æ, ø and å print, as the trials' reports do.
 */
@Component
public class InvoicePdf {

	private static final String FONT = "DejaVu Sans";

	private final ITemplateEngine templates;

	InvoicePdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] render(Map<String, Object> model, Locale locale) {
		String html = templates.process("events/invoice-pdf", new Context(locale, model));
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			font(builder, "fonts/dejavu/DejaVuSans.ttf", 400);
			font(builder, "fonts/dejavu/DejaVuSans-Bold.ttf", 700);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void font(PdfRendererBuilder builder, String path, int weight) {
		builder.useFont(() -> {
			try {
				return new ClassPathResource(path).getInputStream();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, FONT, weight, BaseRendererBuilder.FontStyle.NORMAL, true);
	}
}
