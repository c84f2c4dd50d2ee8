package dk.traedesten.trials.followup;

import java.util.Locale;
import java.util.Map;

import dk.traedesten.platform.pdf.HtmlPdf;

import org.springframework.stereotype.Component;

/**
 * Renders a status report or an evaluation as a tagged PDF (PDF/UA) from the Thymeleaf template
 * {@code trials/followup/report-pdf}, with the document language and title set and an embedded font that has
 * æ, ø and å (DejaVu Sans, bundled under {@code fonts/dejavu}).
 */
@Component
public class ReportPdf {

	private final HtmlPdf pdf;

	ReportPdf(HtmlPdf pdf) {
		this.pdf = pdf;
	}

	public byte[] render(Map<String, Object> model, Locale locale) {
		return pdf.render("trials/followup/report-pdf", model, locale);
	}
}
