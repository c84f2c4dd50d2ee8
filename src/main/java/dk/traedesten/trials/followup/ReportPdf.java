package dk.traedesten.trials.followup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a status report or an evaluation as a tagged PDF (PDF/UA) from the Thymeleaf template
 * {@code trials/followup/report-pdf}, with the document language and title set and an embedded font that has
 * æ, ø and å (DejaVu Sans, bundled under {@code fonts/dejavu}).
 */
@Component
public class ReportPdf {

	private static final String FONT = "DejaVu Sans";

	static {
		// OpenHTMLtoPDF logs timings at INFO through java.util.logging for every document; warnings are enough.
		for (String logger : XRLog.listRegisteredLoggers()) {
			XRLog.setLevel(logger, Level.WARNING);
		}
	}

	private final ITemplateEngine templates;

	ReportPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] render(Map<String, Object> model, Locale locale) {
		String html = templates.process("trials/followup/report-pdf", new Context(locale, model));
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
