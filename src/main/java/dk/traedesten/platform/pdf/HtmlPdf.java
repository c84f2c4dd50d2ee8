package dk.traedesten.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template as a tagged PDF (PDF/UA) with the document's language and title from the template,
 * in the embedded DejaVu Sans, with inline SVG drawn as vectors, (bundled under {@code fonts/dejavu}) so that æ, ø and å print on every machine. Every
 * document the app hands out as PDF goes through here, so they all share the font and the accessibility tagging.
 */
@Component
public class HtmlPdf {

	private static final String FONT = "DejaVu Sans";

	static {
		// OpenHTMLtoPDF logs timings at INFO through java.util.logging for every document; warnings are enough.
		for (String logger : XRLog.listRegisteredLoggers()) {
			XRLog.setLevel(logger, Level.WARNING);
		}
	}

	private final ITemplateEngine templates;

	public HtmlPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		return fromHtml(templates.process(template, new Context(locale, model)));
	}

	public byte[] fromHtml(String html) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useSVGDrawer(new BatikSVGDrawer());
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
